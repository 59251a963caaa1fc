<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

// \Midtrans\CoreApi has no cancel method, so call the endpoint directly.
$subscriptionId = '5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45';

$ch = curl_init(\Midtrans\Config::getBaseUrl() . '/v1/subscriptions/' . $subscriptionId . '/cancel');
curl_setopt_array($ch, [
    CURLOPT_POST => true,
    CURLOPT_POSTFIELDS => '',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_USERPWD => \Midtrans\Config::$serverKey . ':',
    CURLOPT_HTTPHEADER => ['Accept: application/json'],
]);
$reply = curl_exec($ch);
if ($reply === false) {
    echo curl_error($ch) . PHP_EOL;
    exit(1);
}

$httpStatus = curl_getinfo($ch, CURLINFO_HTTP_CODE);
$result = json_decode($reply);
if ($httpStatus >= 400) {
    // 404: "Subscription doesn't exist."; 500: retry later.
    echo $httpStatus . ' ' . $reply . PHP_EOL;
    exit(1);
}

// No scheduled charge and no pending retry runs after this.
echo $result->status_message . PHP_EOL;
