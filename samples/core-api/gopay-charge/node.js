const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .charge({
    payment_type: "gopay",
    transaction_details: {
      order_id: "ORDER-2026-1101",
      gross_amount: 250000,
    },
    item_details: [
      {
        id: "SKU-TSHIRT-M",
        name: "Cotton T-shirt, size M",
        price: 125000,
        quantity: 2,
      },
    ],
    customer_details: {
      first_name: "Budi",
      last_name: "Santoso",
      email: "budi.santoso@example.com",
      phone: "+6281234567890",
    },
    gopay: {
      enable_callback: true,
      callback_url: "https://shop.example.com/payment/finish",
    },
  })
  .then((charge) => {
    // Desktop: show the QR code image. Mobile: send the customer to the deeplink.
    const actions = Object.fromEntries(charge.actions.map((a) => [a.name, a.url]));
    console.log(charge.transaction_status); // "pending" until the customer pays
    console.log(actions["generate-qr-code"]);
    console.log(actions["deeplink-redirect"]);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
