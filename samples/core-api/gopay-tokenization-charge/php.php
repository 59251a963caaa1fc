<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

$params = [
    'payment_type' => 'gopay',
    'transaction_details' => [
        'order_id' => 'ORDER-2026-1102',
        'gross_amount' => 150000,
    ],
    'item_details' => [
        [
            'id' => 'PLAN-PRO-1M',
            'name' => 'Pro plan, 1 month',
            'price' => 150000,
            'quantity' => 1,
        ],
    ],
    'customer_details' => [
        'first_name' => 'Budi',
        'last_name' => 'Santoso',
        'email' => 'budi.santoso@example.com',
        'phone' => '+6281234567890',
    ],
    'gopay' => [
        'account_id' => '6fb4f968-146f-4783-b5ff-9657717b7658',
        'payment_option_token' => 'eyJ0eXBlIjogIkdPUEFZX1dBTExFVCIsICJpZCI6ICJ3YWxsZXQtMDEifQ==',
        'callback_url' => 'https://shop.example.com/gopay/finish',
    ],
];

try {
    $charge = \Midtrans\CoreApi::charge($params);
    // Decide on status_code in the response body.
    if ($charge->status_code === '200') {
        // Paid at once, no PIN needed.
        echo $charge->transaction_status . PHP_EOL; // "settlement"
    } elseif ($charge->status_code === '201') {
        // The customer confirms with their GoPay PIN first.
        $actions = [];
        foreach ($charge->actions as $action) {
            $actions[$action->name] = $action->url;
        }
        echo $actions['verification-link-url'] . PHP_EOL; // browser or WebView
        echo $actions['verification-link-app'] . PHP_EOL; // phone with the GoPay app
    } elseif ($charge->status_code === '202') {
        // Denied, for example "Insufficient Balance". A denied charge has no actions.
        echo $charge->transaction_status . ' ' . ($charge->channel_response_message ?? '') . PHP_EOL;
    }
} catch (Exception $e) {
    echo $e->getMessage() . PHP_EOL;
}
