const midtransClient = require("midtrans-client");

// Use the approver API key. Keep it on your server and read it from your secret store in production.
// The SDK calls the option serverKey; it holds your IRIS API key.
const iris = new midtransClient.Iris({
  isProduction: false,
  serverKey: "IRIS-YOUR_APPROVER_API_KEY",
});

iris
  .approvePayouts({
    reference_nos: ["7c3f9e21b4d806"],
    otp: "123456",
  })
  .then((result) => {
    console.log(result.status);
  })
  .catch((error) => {
    // IRIS explains errors in error_message and errors
    console.error(error.httpStatusCode, error.ApiResponse);
  });
