<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$address = [
    'first_name' => 'Budi',
    'last_name' => 'Santoso',
    'email' => 'budi.santoso@example.com',
    'phone' => '+6281234567890',
    'address' => 'Jl. Sudirman No. 12',
    'city' => 'Jakarta',
    'postal_code' => '12190',
    'country_code' => 'IDN',
];

$params = [
    'transaction_details' => [
        'order_id' => 'ORDER-2026-0001',
        'gross_amount' => 250000,
    ],
    'item_details' => [
        [
            'id' => 'SKU-TSHIRT-M',
            'name' => 'Cotton T-shirt, size M',
            'price' => 125000,
            'quantity' => 2,
        ],
    ],
    'customer_details' => [
        'first_name' => 'Budi',
        'last_name' => 'Santoso',
        'email' => 'budi.santoso@example.com',
        'phone' => '+6281234567890',
        'billing_address' => $address,
        'shipping_address' => $address,
    ],
    'credit_card' => ['secure' => true],
    'callbacks' => ['finish' => 'https://example.com/checkout/finish'],
];

try {
    $transaction = \Midtrans\Snap::createTransaction($params);
    // Send the token to your frontend; keep redirect_url for redirect mode.
    echo $transaction->token . PHP_EOL;
    echo $transaction->redirect_url . PHP_EOL;
} catch (Exception $e) {
    // getCode() holds the HTTP status; getMessage() includes the error_messages.
    echo $e->getCode() . ' ' . $e->getMessage() . PHP_EOL;
}
