<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'refund_key' => 'ORDER-2026-0011-refund-1',
    'amount' => 154000,
    'reason' => 'Customer canceled the order',
];

// Send a refund straight to the payment provider and get its result in the response.
try {
    $response = \Midtrans\Transaction::refundDirect('ORDER-2026-0011', $params);
    // status_code 202 with transaction_status settlement means the provider refused the refund.
    echo 'order_id: ' . $response->order_id . PHP_EOL;
    echo 'status_code: ' . $response->status_code . PHP_EOL;
    echo 'transaction_status: ' . $response->transaction_status . PHP_EOL;
    echo 'refund_amount: ' . $response->refund_amount . PHP_EOL;
} catch (Exception $e) {
    // For example 412: the transaction is not in a state that allows this action.
    echo $e->getMessage() . PHP_EOL;
}
