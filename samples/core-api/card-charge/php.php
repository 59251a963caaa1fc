<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'payment_type' => 'credit_card',
    'transaction_details' => [
        'order_id' => 'ORDER-2026-0101',
        'gross_amount' => 250000,
    ],
    'credit_card' => [
        'token_id' => '48111111-1114-7d3f9c2e-5b8a-4e61-a0f4-2c9e6b1d8a73',
        'authentication' => true,
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
];

try {
    $charge = \Midtrans\CoreApi::charge($params);
    // 201 + redirect_url: open the 3DS page in the browser. 200 + capture: paid without 3DS.
    echo $charge->status_code . PHP_EOL;
    echo $charge->transaction_status . PHP_EOL;
    echo ($charge->redirect_url ?? '') . PHP_EOL;
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
