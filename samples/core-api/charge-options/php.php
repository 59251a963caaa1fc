<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

// Sent as X-Override-Notification and Idempotency-Key headers on the next API calls.
\Midtrans\Config::$overrideNotifUrl = 'https://example.com/midtrans/notifications';
\Midtrans\Config::$paymentIdempotencyKey = '8c2f6a1e-4d7b-4f3a-9b5e-1a0c3e7d9f24';

$params = [
    'payment_type' => 'bank_transfer',
    'transaction_details' => [
        'order_id' => 'ORDER-2026-0401',
        'gross_amount' => 250000,
    ],
    'bank_transfer' => [
        'bank' => 'bca',
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
    'custom_field1' => 'channel=web',
    'custom_field2' => 'store=jakarta-01',
    'custom_field3' => 'campaign=new-year-2026',
    'custom_expiry' => [
        'order_time' => '2026-01-15 13:00:00 +0700',
        'expiry_duration' => 120,
        'unit' => 'minute',
    ],
    'metadata' => [
        'cart_id' => 'CART-88231',
        'loyalty_tier' => 'gold',
    ],
];

try {
    $charge = \Midtrans\CoreApi::charge($params);
    // Show the VA number and the deadline to the customer.
    echo $charge->va_numbers[0]->va_number . PHP_EOL;
    echo $charge->expiry_time . PHP_EOL;
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
