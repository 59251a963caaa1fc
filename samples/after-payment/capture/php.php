<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

// Capture a pre-authorized card payment (transaction_status authorize).
try {
    $response = \Midtrans\CoreApi::capture('9b1d3f5a-7c0e-4a2b-d4f6-8c0e2a4b6d7f');
    // The payment is now capture and settles like any other card payment.
    echo 'order_id: ' . $response->order_id . PHP_EOL;
    echo 'transaction_status: ' . $response->transaction_status . PHP_EOL;
    echo 'gross_amount: ' . $response->gross_amount . PHP_EOL;
} catch (Exception $e) {
    // For example 412: the transaction is not in a state that allows this action.
    echo $e->getMessage() . PHP_EOL;
}
