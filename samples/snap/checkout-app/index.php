<?php
// Snap checkout (plain PHP with its curl and pdo_sqlite extensions): stores
// each order, creates its Snap token, serves the payment page and applies
// each HTTP notification to the order once. Sandbox only.
// Run: php -S localhost:3000 index.php
// Orders live in the SQLite file ORDERS_DB (default: orders.db beside this
// file), created on first start from schema.sql.

// Keys come from the environment, never from code.
$serverKey = trim((string) getenv('MIDTRANS_SERVER_KEY'));
$clientKey = trim((string) getenv('MIDTRANS_CLIENT_KEY'));
// API hosts: sandbox, unless the environment names others
// (the tests point them at a local fake).
$snapUrl = getenv('MIDTRANS_SNAP_URL')
    ?: 'https://app.sandbox.midtrans.com/snap/v1';
$apiUrl = getenv('MIDTRANS_API_URL') ?: 'https://api.sandbox.midtrans.com';
$dbPath = getenv('ORDERS_DB') ?: __DIR__ . '/orders.db';
// Which status may follow which, and the order state each one means.
$transitions = file_get_contents(__DIR__ . '/status-transitions.json');
$statuses = json_decode($transitions, true)['statuses'];

$db = new PDO("sqlite:$dbPath", null, null, [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
    PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
    PDO::ATTR_TIMEOUT => 10,
]);
$db->exec(file_get_contents(__DIR__ . '/schema.sql'));

// Calls the Midtrans API with the server key (Basic auth, empty
// password); returns [HTTP status, decoded JSON body].
function midtrans(string $method, string $url, ?array $body = null): array
{
    global $serverKey;
    $curl = curl_init($url);
    curl_setopt_array($curl, [
        CURLOPT_CUSTOMREQUEST => $method,
        CURLOPT_USERPWD => $serverKey . ':',
        CURLOPT_HTTPHEADER => [
            'Accept: application/json',
            'Content-Type: application/json',
        ],
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 10,
    ]);
    if ($body !== null) {
        curl_setopt($curl, CURLOPT_POSTFIELDS, json_encode($body));
    }
    $response = curl_exec($curl);
    $status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    curl_close($curl);
    $json = is_string($response) ? json_decode($response, true) : null;
    return [$status, $json];
}

function reply(int $code, string $type, string $text): void
{
    http_response_code($code);
    header("Content-Type: $type");
    echo $text;
    exit;
}

// The key in $statuses: capture with fraud_status challenge has its own.
function statusKey(array $status): string
{
    global $statuses;
    $pair = ($status['transaction_status'] ?? '') . '/'
        . ($status['fraud_status'] ?? '');
    return isset($statuses[$pair]) ? $pair : (string) $status['transaction_status'];
}

// True if $next can be reached from $current: a notification in between
// may be late or lost.
function canFollow(string $current, string $next): bool
{
    global $statuses;
    $seen = [];
    $queue = $statuses[$current]['next'];
    while ($queue) {
        $key = array_pop($queue);
        if ($key === $next) {
            return true;
        }
        if (!isset($seen[$key])) {
            $seen[$key] = true;
            array_push($queue, ...$statuses[$key]['next']);
        }
    }
    return false;
}

function outcome(array $order, array $status, string $key): string
{
    global $statuses;
    if (($status['order_id'] ?? null) !== $order['order_id']
        || ($status['gross_amount'] ?? null) !== $order['gross_amount']
        || ($status['currency'] ?? $order['currency']) !== $order['currency']) {
        return 'rejected'; // not what the customer was asked to pay
    }
    if ($key === $order['status']) {
        return 'duplicate';
    }
    if (isset($statuses[$key]) && canFollow($order['status'], $key)) {
        return 'applied';
    }
    return 'ignored'; // backwards, such as pending after settlement
}

function record(array $body, ?string $key, string $result): void
{
    global $db;
    $db->prepare(
        'INSERT INTO notifications (order_id, transaction_id, status, outcome,'
        . ' body) VALUES (?, ?, ?, ?, ?)'
    )->execute([
        (string) ($body['order_id'] ?? ''),
        (string) ($body['transaction_id'] ?? ''),
        $key, $result, json_encode($body),
    ]);
}

function findOrder(string $orderId): ?array
{
    global $db;
    $query = $db->prepare('SELECT * FROM orders WHERE order_id = ?');
    $query->execute([$orderId]);
    return $query->fetch() ?: null;
}

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$route = $_SERVER['REQUEST_METHOD'] . ' ' . $path;

if ($route === 'GET /') {
    $page = file_get_contents(__DIR__ . '/checkout.html');
    $key = htmlspecialchars($clientKey);
    reply(200, 'text/html', str_replace('__CLIENT_KEY__', $key, $page));
}

// The server sets items and amount: never take a price from the browser.
if ($route === 'POST /api/checkout') {
    $orderId = 'ORDER-' . bin2hex(random_bytes(16));
    // Store the order before Midtrans knows it: no notification can
    // arrive for an order this app does not have.
    $db->prepare('INSERT INTO orders (order_id, gross_amount) VALUES (?, ?)')
        ->execute([$orderId, '250000.00']);
    [$status, $transaction] = midtrans('POST', "$snapUrl/transactions", [
        'transaction_details' => [
            'order_id' => $orderId,
            'gross_amount' => 250000,
        ],
        'item_details' => [[
            'id' => 'SKU-TSHIRT-M',
            'name' => 'Cotton T-shirt, size M',
            'price' => 125000,
            'quantity' => 2,
        ]],
        'credit_card' => ['secure' => true],
    ]);
    if ($status !== 201 || !isset($transaction['token'])) {
        error_log("Snap API error $status: " . json_encode($transaction));
        $error = json_encode(['error' => 'Could not create the payment']);
        reply(502, 'application/json', $error);
    }
    $answer = json_encode(['token' => $transaction['token']]);
    reply(200, 'application/json', $answer);
}

if ($route === 'POST /midtrans/notification') {
    $body = json_decode(file_get_contents('php://input'), true);
    if (!is_array($body)) {
        reply(403, 'text/plain', 'Invalid signature');
    }
    // signature_key: SHA-512 hex of order_id, status_code, gross_amount
    // and the server key, joined.
    $signed = ($body['order_id'] ?? '') . ($body['status_code'] ?? '')
        . ($body['gross_amount'] ?? '') . $serverKey;
    $received = (string) ($body['signature_key'] ?? '');
    if (!hash_equals(hash('sha512', $signed), $received)) {
        reply(403, 'text/plain', 'Invalid signature'); // nothing is stored
    }
    $orderId = (string) $body['order_id'];
    if (findOrder($orderId) === null) {
        record($body, null, 'unknown_order');
        reply(404, 'text/plain', 'Unknown order'); // Midtrans tries twice more
    }
    // Trust only the status Midtrans gives you now.
    $id = rawurlencode((string) ($body['transaction_id'] ?? ''));
    [$code, $status] = midtrans('GET', "$apiUrl/v2/$id/status");
    if ($code !== 200 || !isset($status['transaction_status'])) {
        reply(503, 'text/plain', 'Try again later'); // Midtrans sends it again
    }
    $key = statusKey($status);
    try {
        // One transaction, one writer at a time: the order and the
        // notification record are stored together or not at all.
        $db->exec('BEGIN IMMEDIATE');
        $order = findOrder($orderId);
        $result = outcome($order, $status, $key);
        if ($result === 'applied') {
            $db->prepare(
                'UPDATE orders SET status = ?, state = ?, updated_at ='
                . " strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE order_id = ?"
            )->execute([$key, $statuses[$key]['order'], $orderId]);
        }
        record($body, $key, $result);
        $db->exec('COMMIT');
    } catch (PDOException $error) {
        error_log('Could not store the notification: ' . $error->getMessage());
        reply(503, 'text/plain', 'Try again later'); // nothing was stored
    }
    error_log("Order $orderId: $key ($result)");
    // 200 only now that it is stored: Midtrans stops sending it.
    reply(200, 'text/plain', 'OK');
}

reply(404, 'text/plain', 'Not found');
