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
      order_id: "ORDER-2026-1102",
      gross_amount: 99000,
    },
    item_details: [
      {
        id: "PLAN-BASIC-1M",
        name: "Basic plan, 1 month",
        price: 99000,
        quantity: 1,
      },
    ],
    customer_details: {
      first_name: "Budi",
      last_name: "Santoso",
      email: "budi.santoso@example.com",
      phone: "+6281234567890",
    },
    gopay: {
      account_id: "6fb4f968-146f-4783-b5ff-9657717b7658",
      payment_option_token: "eyJ0eXBlIjogIkdPUEFZX1dBTExFVCIsICJpZCI6ICJ3YWxsZXQtMDEifQ==",
      callback_url: "https://shop.example.com/gopay/finish",
    },
  })
  .then((charge) => {
    if (charge.status_code === "200") {
      // Paid at once, no PIN needed.
      console.log(charge.transaction_status); // "settlement"
    } else {
      // 201: the customer confirms with their GoPay PIN first.
      const actions = Object.fromEntries(charge.actions.map((a) => [a.name, a.url]));
      console.log(actions["verification-link-url"]);
    }
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
