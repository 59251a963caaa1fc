-- The checkout's SQLite file: its orders, and every notification it received.
CREATE TABLE IF NOT EXISTS orders (
  order_id     TEXT PRIMARY KEY,
  gross_amount TEXT NOT NULL,                   -- as Midtrans writes it: 250000.00
  currency     TEXT NOT NULL DEFAULT 'IDR',
  status       TEXT NOT NULL DEFAULT 'created', -- a key of status-transitions.json
  state        TEXT NOT NULL DEFAULT 'created', -- what that status means for the order
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE IF NOT EXISTS notifications (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  received_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  order_id       TEXT,
  transaction_id TEXT,
  status         TEXT,          -- the re-checked status key, if the order is known
  outcome        TEXT NOT NULL, -- applied, duplicate, ignored, rejected, unknown_order
  body           TEXT NOT NULL  -- the notification as it arrived
);
