<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

try {
    $account = \Midtrans\CoreApi::unlinkPaymentAccount('6fb4f968-146f-4783-b5ff-9657717b7658');
    // "DISABLED": the stored tokens no longer work; delete them on your side too.
    echo $account->status_code . ' ' . $account->account_status . PHP_EOL;
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
