<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'payment_type' => 'credit_card',
    'transaction_details' => [
        'order_id' => 'ORDER-2026-0202',
        'gross_amount' => 3600000,
    ],
    'credit_card' => [
        'token_id' => '48111111-1114-5a1c8e3b-9f2d-4b67-a4e0-3d7b9c2f1e58',
        'authentication' => true,
        'bank' => 'mandiri',
        'installment_term' => 12,
        'bins' => ['48111111', '52111111'],
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
    // Charged in full now; the issuing bank converts it to 12 installments later.
    echo $charge->status_code . PHP_EOL;
    echo $charge->transaction_status . PHP_EOL;
    echo ($charge->redirect_url ?? '') . PHP_EOL;
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
