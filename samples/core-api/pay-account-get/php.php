<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

try {
    $account = \Midtrans\CoreApi::getPaymentAccount('6fb4f968-146f-4783-b5ff-9657717b7658');
    // Pick the payment option the customer chose; its token goes into the charge.
    echo $account->account_status . PHP_EOL; // "ENABLED" once linked
    foreach ($account->metadata->payment_options as $option) {
        echo $option->name . ' ' . $option->balance->value . ' ' . $option->token . PHP_EOL;
    }
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
