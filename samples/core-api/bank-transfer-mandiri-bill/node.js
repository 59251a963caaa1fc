const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .charge({
    payment_type: "echannel",
    transaction_details: {
      order_id: "ORDER-2026-1203",
      gross_amount: 350000,
    },
    item_details: [
      {
        id: "SKU-SHOES-42",
        name: "Running shoes, size 42",
        price: 350000,
        quantity: 1,
      },
    ],
    customer_details: {
      first_name: "Budi",
      last_name: "Santoso",
      email: "budi.santoso@example.com",
      phone: "+6281234567890",
    },
    echannel: {
      bill_info1: "Payment:",
      bill_info2: "Order ORDER-2026-1203",
    },
  })
  .then((charge) => {
    // The customer needs both values: the company code and the bill key.
    console.log("Company code:", charge.biller_code);
    console.log("Bill key:", charge.bill_key);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
