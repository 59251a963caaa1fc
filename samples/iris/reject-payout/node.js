const midtransClient = require("midtrans-client");

// Use the approver API key. Keep it on your server and read it from your secret store in production.
// The SDK calls the option serverKey; it holds your IRIS API key.
const iris = new midtransClient.Iris({
  isProduction: false,
  serverKey: "IRIS-YOUR_APPROVER_API_KEY",
});

iris
  .rejectPayouts({
    reference_nos: ["9e0a5d7c1f2b43"],
    reject_reason: "Beneficiary requested payment next month",
  })
  .then((result) => {
    console.log(result.status);
  })
  .catch((error) => {
    // IRIS explains errors in error_message and errors
    console.error(error.httpStatusCode, error.ApiResponse);
  });
