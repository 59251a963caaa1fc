<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'payment_type' => 'shopeepay',
    'transaction_details' => [
        'order_id' => 'ORDER-2026-1601',
        'gross_amount' => 85000,
    ],
    'item_details' => [
        [
            'id' => 'SKU-TEA-BOBA',
            'name' => 'Brown sugar milk tea',
            'price' => 42500,
            'quantity' => 2,
        ],
    ],
    'customer_details' => [
        'first_name' => 'Budi',
        'last_name' => 'Santoso',
        'email' => 'budi.santoso@example.com',
        'phone' => '+6281234567890',
    ],
    'shopeepay' => ['callback_url' => 'https://shop.example.com/payment/finish'],
];

try {
    $charge = \Midtrans\CoreApi::charge($params);
    // Open the deeplink on the customer's phone to launch the Shopee app.
    foreach ($charge->actions as $action) {
        if ($action->name === 'deeplink-redirect') {
            echo $action->url . PHP_EOL;
        }
    }
    echo $charge->transaction_status . PHP_EOL; // "pending" until the customer pays
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
