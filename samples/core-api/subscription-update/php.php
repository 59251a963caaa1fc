<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'name' => 'PREMIUM-MONTHLY',
    'amount' => '175000',
    'currency' => 'IDR',
    'token' => '48111111aB3dE5fG7hJ9kL2mN4pQ1114',
    'schedule' => [
        'interval' => 1,
    ],
];

try {
    $result = \Midtrans\CoreApi::updateSubscription('5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45', $params);
    // The new amount applies from the next scheduled charge.
    echo $result->status_message . PHP_EOL;
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
