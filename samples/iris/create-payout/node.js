const midtransClient = require("midtrans-client");

// Use the creator API key. Keep it on your server and read it from your secret store in production.
// The SDK calls the option serverKey; it holds your IRIS API key.
const iris = new midtransClient.Iris({
  isProduction: false,
  serverKey: "IRIS-YOUR_CREATOR_API_KEY",
});

iris
  .createPayouts({
    payouts: [
      {
        beneficiary_name: "Budi Santoso",
        beneficiary_account: "0987654321",
        beneficiary_bank: "bca",
        beneficiary_email: "budi.santoso@example.com",
        amount: "150000.00",
        notes: "Commission January 2026 ORDER-2026-0001",
      },
      {
        beneficiary_name: "Dewi Lestari",
        beneficiary_account: "1370012345678",
        beneficiary_bank: "mandiri",
        amount: "275000.00",
        notes: "Commission January 2026 ORDER-2026-0002",
      },
    ],
  })
  .then((result) => {
    // Store each reference_no: you need it to approve, reject and track the payout.
    for (const payout of result.payouts) {
      console.log(payout.reference_no, payout.status);
    }
  })
  .catch((error) => {
    // IRIS explains errors in error_message and errors
    console.error(error.httpStatusCode, error.ApiResponse);
  });
