<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

// Cancel a transaction that has not settled yet (pending, authorize or capture).
try {
    // This SDK method returns only the status_code of the response.
    $statusCode = \Midtrans\Transaction::cancel('ORDER-2026-0002');
    // A settled transaction cannot be canceled: refund it instead.
    echo 'status_code: ' . $statusCode . PHP_EOL;
} catch (Exception $e) {
    // For example 412: the transaction is not in a state that allows this action.
    echo $e->getMessage() . PHP_EOL;
}
