<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

// Read the current status of an order. Use the order ID or the transaction ID.
try {
    $response = \Midtrans\Transaction::status('ORDER-2026-0001');
    // Decide from transaction_status (and fraud_status), never from status_code alone.
    echo 'order_id: ' . $response->order_id . PHP_EOL;
    echo 'transaction_status: ' . $response->transaction_status . PHP_EOL;
    echo 'fraud_status: ' . $response->fraud_status . PHP_EOL;
    echo 'gross_amount: ' . $response->gross_amount . PHP_EOL;
} catch (Exception $e) {
    // For example 404: no transaction with this ID in this environment.
    echo $e->getMessage() . PHP_EOL;
}
