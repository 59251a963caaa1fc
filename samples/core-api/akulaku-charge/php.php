<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'payment_type' => 'akulaku',
    'transaction_details' => [
        'order_id' => 'ORDER-2026-1401',
        'gross_amount' => 1500000,
    ],
    'item_details' => [
        [
            'id' => 'SKU-PHONE-A1',
            'name' => 'Smartphone A1, 128 GB',
            'price' => 1500000,
            'quantity' => 1,
        ],
    ],
    'customer_details' => [
        'first_name' => 'Budi',
        'last_name' => 'Santoso',
        'email' => 'budi.santoso@example.com',
        'phone' => '+6281234567890',
    ],
];

try {
    $charge = \Midtrans\CoreApi::charge($params);
    // Send the customer to redirect_url (server-side redirect or a link).
    echo $charge->redirect_url . PHP_EOL;
    echo $charge->transaction_status . PHP_EOL; // "pending" until the provider approves
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
