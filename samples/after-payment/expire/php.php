<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

// Expire a pending transaction now, before its payment deadline.
try {
    $response = \Midtrans\Transaction::expire('ORDER-2026-0004');
    // status_code 407 with transaction_status expire means the expiry succeeded.
    echo 'order_id: ' . $response->order_id . PHP_EOL;
    echo 'status_code: ' . $response->status_code . PHP_EOL;
    echo 'transaction_status: ' . $response->transaction_status . PHP_EOL;
} catch (Exception $e) {
    // For example 412: the transaction is not in a state that allows this action.
    echo $e->getMessage() . PHP_EOL;
}
