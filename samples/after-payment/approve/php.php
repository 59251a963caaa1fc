<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

// Accept a card payment that the Fraud Detection System flagged as challenge.
try {
    // This SDK method returns only the status_code of the response.
    $statusCode = \Midtrans\Transaction::approve('ORDER-2026-0003');
    // fraud_status is now accept: fulfill the order.
    echo 'status_code: ' . $statusCode . PHP_EOL;
} catch (Exception $e) {
    // For example 412: the transaction is not in a state that allows this action.
    echo $e->getMessage() . PHP_EOL;
}
