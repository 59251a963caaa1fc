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
      order_id: "ORDER-2026-0201",
      gross_amount: 3600000,
    },
    credit_card: {
      token_id: "41050586-1467-2e9b7c4a-1d6f-4a38-9b05-8c3e1f7a2d64",
      authentication: true,
      bank: "bni",
      installment_term: 6,
    },
    item_details: [
      {
        id: "SKU-LAPTOP-14",
        name: "Laptop 14-inch, 16 GB RAM",
        price: 3600000,
        quantity: 1,
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
    // Open redirect_url for 3DS; the issuer converts the charge into 6 monthly payments.
    console.log(charge.status_code);
    console.log(charge.transaction_status);
    console.log(charge.redirect_url);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
