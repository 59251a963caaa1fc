const midtransClient = require("midtrans-client");

// Use the creator API key. Keep it on your server and read it from your secret store in production.
// The SDK calls the option serverKey; it holds your IRIS API key.
const iris = new midtransClient.Iris({
  isProduction: false,
  serverKey: "IRIS-YOUR_CREATOR_API_KEY",
});

iris
  .validateBankAccount({ bank: "mandiri", account: "1111222233333" })
  .then((result) => {
    // Compare account_name with the name your user typed before you save the beneficiary.
    console.log(result.account_name, result.account_no, result.bank_name);
  })
  .catch((error) => {
    // IRIS explains errors in error_message and errors
    console.error(error.httpStatusCode, error.ApiResponse);
  });
