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
      order_id: "ORDER-2026-0302",
      gross_amount: 150000,
    },
    credit_card: {
      token_id: "48111111aB3dE5fG7hJ9kL2mN4pQ1114",
    },
    item_details: [
      {
        id: "PLAN-PREMIUM-1M",
        name: "Premium plan, second month",
        price: 150000,
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
    // No 3DS page: a 200 with capture and fraud_status accept means paid.
    console.log(charge.status_code);
    console.log(charge.transaction_status);
    console.log(charge.fraud_status);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
