package reexec

// This file defines the authkey and the HMAC challenge–response by which
// parent and child authenticate the channel.

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"io"
	"net"
	"time"
)

// handshakeTimeout bounds the authentication of a new channel.
const handshakeTimeout = 10 * time.Second

// nonceSize is the size of a challenge; responses are HMAC-SHA256 sums.
const nonceSize = 32

var errAuth = errors.New("authentication of the channel failed: wrong authkey")

// NewAuthKey returns a random 32-byte authkey.
func NewAuthKey() []byte {
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		panic("reexec: no randomness: " + err.Error())
	}
	return k
}

// deliverChallenge sends a random nonce, checks the peer's HMAC of it and
// tells the peer the verdict (one byte: 1 welcome, 0 failure).
func deliverChallenge(c net.Conn, key []byte) error {
	nonce := make([]byte, nonceSize)
	if _, err := rand.Read(nonce); err != nil {
		return err
	}
	if _, err := c.Write(nonce); err != nil {
		return err
	}
	got := make([]byte, sha256.Size)
	if _, err := io.ReadFull(c, got); err != nil {
		return err
	}
	if !hmac.Equal(got, sum(key, nonce)) {
		c.Write([]byte{0})
		return errAuth
	}
	_, err := c.Write([]byte{1})
	return err
}

// answerChallenge answers the peer's nonce with its HMAC and reads the verdict.
func answerChallenge(c net.Conn, key []byte) error {
	nonce := make([]byte, nonceSize)
	if _, err := io.ReadFull(c, nonce); err != nil {
		return err
	}
	if _, err := c.Write(sum(key, nonce)); err != nil {
		return err
	}
	var verdict [1]byte
	if _, err := io.ReadFull(c, verdict[:]); err != nil {
		return err
	}
	if verdict[0] != 1 {
		return errAuth
	}
	return nil
}

func sum(key, msg []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write(msg)
	return m.Sum(nil)
}

// authenticate runs both challenges, the parent's first.
func authenticate(c net.Conn, key []byte, isParent bool) error {
	if err := c.SetDeadline(time.Now().Add(handshakeTimeout)); err != nil {
		return err
	}
	var err error
	if isParent {
		if err = deliverChallenge(c, key); err == nil {
			err = answerChallenge(c, key)
		}
	} else {
		if err = answerChallenge(c, key); err == nil {
			err = deliverChallenge(c, key)
		}
	}
	if err != nil {
		return err
	}
	return c.SetDeadline(time.Time{})
}

var errNoConnection = errors.New("the child did not connect to its channel")
