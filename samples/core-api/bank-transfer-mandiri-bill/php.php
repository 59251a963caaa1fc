<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'payment_type' => 'echannel',
    'transaction_details' => [
        'order_id' => 'ORDER-2026-1203',
        'gross_amount' => 350000,
    ],
    'item_details' => [
        [
            'id' => 'SKU-SHOES-42',
            'name' => 'Running shoes, size 42',
            'price' => 350000,
            'quantity' => 1,
        ],
    ],
    'customer_details' => [
        'first_name' => 'Budi',
        'last_name' => 'Santoso',
        'email' => 'budi.santoso@example.com',
        'phone' => '+6281234567890',
    ],
    'echannel' => [
        'bill_info1' => 'Payment:',
        'bill_info2' => 'Order ORDER-2026-1203',
    ],
];

try {
    $charge = \Midtrans\CoreApi::charge($params);
    // The customer needs both values: the company code and the bill key.
    echo 'Company code: ' . $charge->biller_code . PHP_EOL;
    echo 'Bill key: ' . $charge->bill_key . PHP_EOL;
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
