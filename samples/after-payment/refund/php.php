<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'refund_key' => 'ORDER-2026-0001-refund-1',
    'amount' => 100000,
    'reason' => 'One item out of stock',
];

// Refund part of a settled payment. Reuse the same refund_key to retry safely.
try {
    $response = \Midtrans\Transaction::refund('ORDER-2026-0001', $params);
    // partial_refund: part of the payment is refunded; refund: all of it.
    echo 'order_id: ' . $response->order_id . PHP_EOL;
    echo 'transaction_status: ' . $response->transaction_status . PHP_EOL;
    echo 'refund_amount: ' . $response->refund_amount . PHP_EOL;
    echo 'refund_key: ' . $response->refund_key . PHP_EOL;
} catch (Exception $e) {
    // For example 412: the transaction is not in a state that allows this action.
    echo $e->getMessage() . PHP_EOL;
}
