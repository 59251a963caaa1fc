<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'payment_type' => 'gopay',
    'gopay_partner' => [
        'phone_number' => '8215023424',
        'country_code' => '62',
        'redirect_url' => 'https://shop.example.com/gopay/linked',
    ],
];

try {
    $account = \Midtrans\CoreApi::linkPaymentAccount($params);
    // Decide on status_code in the response body.
    if ($account->status_code === '201') {
        // Store account_id with the customer, then send them to an activation link.
        $actions = [];
        foreach ($account->actions as $action) {
            $actions[$action->name] = $action->url;
        }
        echo $account->account_id . PHP_EOL;
        echo $account->account_status . PHP_EOL; // "PENDING" until the customer confirms
        echo $actions['activation-link-url'] . PHP_EOL;
    } else {
        // "202": linking failed, for example "User Not Found". There are no actions.
        echo $account->status_code . ' ' . ($account->channel_response_message ?? '') . PHP_EOL;
    }
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
