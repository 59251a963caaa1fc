<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

try {
    $result = \Midtrans\CoreApi::disableSubscription('5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45');
    // No new scheduled charges run until you enable it again. Retries of an earlier
    // failed charge still run; cancel the subscription to stop those too.
    echo $result->status_message . PHP_EOL;
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
