<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'payment_type' => 'credit_card',
    'transaction_details' => [
        'order_id' => 'ORDER-2026-0201',
        'gross_amount' => 3600000,
    ],
    'credit_card' => [
        'token_id' => '41050586-1467-2e9b7c4a-1d6f-4a38-9b05-8c3e1f7a2d64',
        'authentication' => true,
        'bank' => 'bni',
        'installment_term' => 6,
    ],
    'item_details' => [
        [
            'id' => 'SKU-LAPTOP-14',
            'name' => 'Laptop 14-inch, 16 GB RAM',
            'price' => 3600000,
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
    // Open redirect_url for 3DS; the issuer converts the charge into 6 monthly payments.
    echo $charge->status_code . PHP_EOL;
    echo $charge->transaction_status . PHP_EOL;
    echo ($charge->redirect_url ?? '') . PHP_EOL;
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
