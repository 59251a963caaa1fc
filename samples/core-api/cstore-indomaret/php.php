<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'payment_type' => 'cstore',
    'transaction_details' => [
        'order_id' => 'ORDER-2026-1301',
        'gross_amount' => 150000,
    ],
    'item_details' => [
        [
            'id' => 'SKU-MUG-01',
            'name' => 'Ceramic mug',
            'price' => 75000,
            'quantity' => 2,
        ],
    ],
    'customer_details' => [
        'first_name' => 'Budi',
        'last_name' => 'Santoso',
        'email' => 'budi.santoso@example.com',
        'phone' => '+6281234567890',
    ],
    'cstore' => [
        'store' => 'indomaret',
        'message' => 'Example Shop order',
    ],
];

try {
    $charge = \Midtrans\CoreApi::charge($params);
    // Show the payment code, the store name and the exact amount to the customer.
    echo $charge->store . ' ' . $charge->payment_code . PHP_EOL;
    echo $charge->transaction_status . PHP_EOL; // "pending" until the customer pays at the counter
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
