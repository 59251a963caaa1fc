<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'name' => 'PREMIUM-MONTHLY',
    'amount' => '150000',
    'currency' => 'IDR',
    'payment_type' => 'credit_card',
    'token' => '48111111aB3dE5fG7hJ9kL2mN4pQ1114',
    'schedule' => [
        'interval' => 1,
        'interval_unit' => 'month',
        'max_interval' => 12,
        'start_time' => '2026-02-15 09:00:00 +0700',
    ],
    'metadata' => [
        'plan' => 'premium',
        'customer_ref' => 'CUST-00042',
    ],
    'customer_details' => [
        'first_name' => 'Budi',
        'last_name' => 'Santoso',
        'email' => 'budi.santoso@example.com',
        'phone' => '+6281234567890',
    ],
];

try {
    $subscription = \Midtrans\CoreApi::createSubscription($params);
    // Store the id: you need it to read, update, disable or enable the subscription.
    echo $subscription->id . PHP_EOL;
    echo $subscription->status . PHP_EOL;
    echo $subscription->schedule->next_execution_at . PHP_EOL;
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
