<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'payment_type' => 'credit_card',
    'transaction_details' => [
        'order_id' => 'ORDER-2026-0302',
        'gross_amount' => 150000,
    ],
    'credit_card' => [
        'token_id' => '48111111aB3dE5fG7hJ9kL2mN4pQ1114',
    ],
    'item_details' => [
        [
            'id' => 'PLAN-PREMIUM-1M',
            'name' => 'Premium plan, second month',
            'price' => 150000,
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
    // No 3DS page: a 200 with capture and fraud_status accept means paid.
    echo $charge->status_code . PHP_EOL;
    echo $charge->transaction_status . PHP_EOL;
    echo ($charge->fraud_status ?? '') . PHP_EOL;
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
