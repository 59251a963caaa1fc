<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

try {
    $status = \Midtrans\Transaction::status('ORDER-2026-0001');
    // Decide on transaction_status (and fraud_status for cards). status_code follows the
    // same state: "200" for capture or settlement, "201" pending, "407" expired.
    echo $status->transaction_status . PHP_EOL;
    echo ($status->fraud_status ?? '') . PHP_EOL;
    echo $status->gross_amount . PHP_EOL;
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
