<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'payment_type' => 'gopay',
    'transaction_details' => [
        'order_id' => 'ORDER-2026-1101',
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
    'gopay' => [
        'enable_callback' => true,
        'callback_url' => 'https://shop.example.com/payment/finish',
    ],
];

try {
    $charge = \Midtrans\CoreApi::charge($params);
    // Desktop: show the QR code image. Mobile: send the customer to the deeplink.
    $actions = [];
    foreach ($charge->actions as $action) {
        $actions[$action->name] = $action->url;
    }
    echo $charge->transaction_status . PHP_EOL; // "pending" until the customer pays
    echo $actions['generate-qr-code'] . PHP_EOL;
    echo $actions['deeplink-redirect'] . PHP_EOL;
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
