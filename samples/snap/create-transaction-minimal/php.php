<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

// The smallest valid request: an order ID you have not used before and the amount.
$params = [
    'transaction_details' => [
        'order_id' => 'ORDER-2026-0002',
        'gross_amount' => 150000,
    ],
];

try {
    $transaction = \Midtrans\Snap::createTransaction($params);
    echo $transaction->token . PHP_EOL;
    echo $transaction->redirect_url . PHP_EOL;
} catch (Exception $e) {
    // getCode() holds the HTTP status; getMessage() includes the error_messages.
    echo $e->getCode() . ' ' . $e->getMessage() . PHP_EOL;
}
