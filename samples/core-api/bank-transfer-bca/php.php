<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'payment_type' => 'bank_transfer',
    'transaction_details' => [
        'order_id' => 'ORDER-2026-1201',
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
    'bank_transfer' => ['bank' => 'bca'],
];

try {
    $charge = \Midtrans\CoreApi::charge($params);
    // Show the VA number and the amount to the customer, then wait for the notification.
    $va = $charge->va_numbers[0];
    echo $va->bank . ' ' . $va->va_number . PHP_EOL;
    echo $charge->transaction_status . PHP_EOL; // "pending" until the transfer arrives
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
