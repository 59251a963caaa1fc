<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'payment_type' => 'qris',
    'transaction_details' => [
        'order_id' => 'ORDER-2026-1602',
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
    'qris' => ['acquirer' => 'gopay'],
];

try {
    $charge = \Midtrans\CoreApi::charge($params);
    // Either hotlink the QR image URL or render qr_string with your own QR library.
    foreach ($charge->actions as $action) {
        echo $action->name . ' ' . $action->url . PHP_EOL;
    }
    echo $charge->qr_string . PHP_EOL;
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
