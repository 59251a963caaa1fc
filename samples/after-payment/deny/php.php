<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

// Reject a card payment that the Fraud Detection System flagged as challenge.
try {
    $response = \Midtrans\Transaction::deny('ORDER-2026-0003');
    // transaction_status is now cancel (fraud_status deny): do not fulfill the order.
    echo 'order_id: ' . $response->order_id . PHP_EOL;
    echo 'transaction_status: ' . $response->transaction_status . PHP_EOL;
    echo 'fraud_status: ' . $response->fraud_status . PHP_EOL;
} catch (Exception $e) {
    // For example 412: the transaction is not in a state that allows this action.
    echo $e->getMessage() . PHP_EOL;
}
