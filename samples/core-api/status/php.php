<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

try {
    $status = \Midtrans\Transaction::status('ORDER-2026-0101');
    // status_code is the result of this API call; transaction_status is the payment state.
    echo $status->transaction_status . PHP_EOL;
    echo ($status->fraud_status ?? '') . PHP_EOL;
    echo $status->gross_amount . PHP_EOL;
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
