const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .charge({
    payment_type: "credit_card",
    transaction_details: {
      order_id: "ORDER-2026-0101",
      gross_amount: 250000,
    },
    credit_card: {
      token_id: "48111111-1114-7d3f9c2e-5b8a-4e61-a0f4-2c9e6b1d8a73",
      authentication: true,
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
  })
  .then((charge) => {
    // 201 + redirect_url: open the 3DS page in the browser. 200 + capture: paid without 3DS.
    console.log(charge.status_code);
    console.log(charge.transaction_status);
    console.log(charge.redirect_url);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
