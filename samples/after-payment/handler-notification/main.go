// Midtrans HTTP notification handler using only the Go standard library.
// Run: go run main.go, then set the Payment Notification URL to
// https://<your-host>/midtrans/notification
package main

import (
	"crypto/sha512"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"sync"
	"time"
)

const apiBase = "https://api.sandbox.midtrans.com"

// The server key stays on your server. Read it from your secret store in production.
var serverKey = envOr("MIDTRANS_SERVER_KEY", "SB-Mid-server-YOUR_SERVER_KEY")

var client = &http.Client{Timeout: 10 * time.Second}

// Only the fields this handler needs; encoding/json ignores unknown and new fields.
type transaction struct {
	OrderID           string `json:"order_id"`
	TransactionID     string `json:"transaction_id"`
	StatusCode        string `json:"status_code"`
	GrossAmount       string `json:"gross_amount"`
	SignatureKey      string `json:"signature_key"`
	TransactionStatus string `json:"transaction_status"`
	FraudStatus       string `json:"fraud_status"`
}

// order is a stand-in for a row of your orders table.
// In production, do the read-compare-write in one database transaction.
type order struct {
	Amount    string
	State     string
	Fulfilled bool
}

var (
	ordersMu sync.Mutex
	orders   = map[string]*order{
		"ORDER-2026-0001": {Amount: "250000.00", State: "awaiting_payment"},
	}
)

// Later stages never move back to earlier ones (stale or out-of-order notifications).
var stage = map[string]int{
	"awaiting_payment": 0, "authorized": 0, "review": 0,
	"paid": 1, "failed": 1,
	"partial_refund": 2, "refund": 2, "partial_chargeback": 2, "chargeback": 2,
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// signatureValid checks SHA512(order_id + status_code + gross_amount + server key), hex.
func signatureValid(n transaction) bool {
	sum := sha512.Sum512([]byte(n.OrderID + n.StatusCode + n.GrossAmount + serverKey))
	expected := hex.EncodeToString(sum[:])
	return subtle.ConstantTimeCompare([]byte(expected), []byte(n.SignatureKey)) == 1
}

// orderState maps the confirmed Midtrans status to the state of your order.
func orderState(s transaction) string {
	switch s.TransactionStatus {
	case "capture":
		if s.FraudStatus == "challenge" {
			return "review" // accept or deny it in the Dashboard or with the API
		}
		if s.FraudStatus == "" || s.FraudStatus == "accept" {
			return "paid"
		}
		return "failed"
	case "settlement":
		return "paid"
	case "pending":
		return "awaiting_payment"
	case "authorize":
		return "authorized" // pre-authorized card: capture it to get paid
	case "deny", "cancel", "expire", "failure":
		return "failed"
	case "refund", "partial_refund", "chargeback", "partial_chargeback":
		return s.TransactionStatus
	}
	return "" // a status this code does not know yet: store it and look
}

// getStatus asks Midtrans for the latest status of a transaction.
func getStatus(transactionID string) (transaction, error) {
	var s transaction
	req, err := http.NewRequest(http.MethodGet,
		apiBase+"/v2/"+url.PathEscape(transactionID)+"/status", nil)
	if err != nil {
		return s, err
	}
	req.SetBasicAuth(serverKey, "")
	req.Header.Set("Accept", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return s, err
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(&s); err != nil {
		return s, err
	}
	if resp.StatusCode != http.StatusOK || s.TransactionStatus == "" {
		return s, fmt.Errorf("GET status answered %d (status_code %s)", resp.StatusCode, s.StatusCode)
	}
	return s, nil
}

func fulfill(orderID string) {
	// Send goods, grant access, e-mail the receipt. For slow work, queue a job here.
	log.Printf("Fulfilling order %s", orderID)
}

func handleNotification(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "Method not allowed", http.StatusMethodNotAllowed)
		return
	}
	var n transaction
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&n); err != nil ||
		n.OrderID == "" || n.StatusCode == "" || n.GrossAmount == "" || n.SignatureKey == "" || n.TransactionID == "" {
		http.Error(w, "Bad request", http.StatusBadRequest)
		return
	}

	// 1. Authenticity: only Midtrans and you know the server key.
	if !signatureValid(n) {
		http.Error(w, "Invalid signature", http.StatusForbidden)
		return
	}

	ordersMu.Lock()
	o, known := orders[n.OrderID]
	ordersMu.Unlock()
	if !known {
		http.Error(w, "Unknown order", http.StatusNotFound) // Midtrans retries 400 and 404 twice
		return
	}

	// 2. Confirm with GET status: it always returns the latest status.
	s, err := getStatus(n.TransactionID)
	if err != nil {
		log.Printf("GET status failed for %s: %v", n.OrderID, err)
		http.Error(w, "Try again later", http.StatusServiceUnavailable) // retried four times
		return
	}
	if s.OrderID != n.OrderID || s.GrossAmount != o.Amount {
		log.Printf("Order or amount mismatch for %s", n.OrderID)
		fmt.Fprint(w, "OK") // a retry cannot fix this; review it by hand
		return
	}

	newState := orderState(s)
	if newState == "" {
		log.Printf("Unhandled status %s", s.TransactionStatus)
		fmt.Fprint(w, "OK")
		return
	}

	// 3. Idempotent update: apply each change once, fulfill once.
	ship := false
	ordersMu.Lock()
	if stage[newState] >= stage[o.State] {
		o.State = newState
		if newState == "paid" && !o.Fulfilled {
			o.Fulfilled, ship = true, true
		} else if newState == "failed" && o.Fulfilled {
			log.Printf("Order %s was fulfilled but is now %s", n.OrderID, s.TransactionStatus)
		}
	}
	ordersMu.Unlock()
	if ship {
		fulfill(n.OrderID)
	}

	// 4. Answer 200 fast (Midtrans waits at most 15 seconds).
	fmt.Fprint(w, "OK")
}

func main() {
	http.HandleFunc("/midtrans/notification", handleNotification)
	log.Println("Listening on http://localhost:3000")
	log.Fatal(http.ListenAndServe(":3000", nil))
}
