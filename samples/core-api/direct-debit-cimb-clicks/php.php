<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'payment_type' => 'cimb_clicks',
    'transaction_details' => [
        'order_id' => 'ORDER-2026-1501',
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
    ],
    'cimb_clicks' => ['description' => 'Purchase at Example Shop'],
];

try {
    $charge = \Midtrans\CoreApi::charge($params);
    // Send the customer to the bank's page at redirect_url.
    echo $charge->redirect_url . PHP_EOL;
    echo $charge->transaction_status . PHP_EOL; // "pending" until the customer approves at the bank
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
