package stdlib

import (
	"crypto/tls"
	"encoding/base64"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/aio-lang/aio/runtime"
)

// This file is the httpx module's asynchronous client: AsyncClient,
// Timeout, Limits, Request, Response and httpx's exception hierarchy, on
// the shared machinery of http_client.go. Defaults and messages follow
// httpx 0.28.

const httpxVersion = "0.28.1"

// The exception classes, in httpx's hierarchy.
var (
	httpxHTTPErrorType           = httpExcType("HTTPError", "httpx", runtime.ExceptionType)
	httpxRequestErrorType        = httpExcType("RequestError", "httpx", httpxHTTPErrorType)
	httpxTransportErrorType      = httpExcType("TransportError", "httpx", httpxRequestErrorType)
	httpxTimeoutExceptionType    = httpExcType("TimeoutException", "httpx", httpxTransportErrorType)
	httpxConnectTimeoutType      = httpExcType("ConnectTimeout", "httpx", httpxTimeoutExceptionType)
	httpxReadTimeoutType         = httpExcType("ReadTimeout", "httpx", httpxTimeoutExceptionType)
	httpxWriteTimeoutType        = httpExcType("WriteTimeout", "httpx", httpxTimeoutExceptionType)
	httpxPoolTimeoutType         = httpExcType("PoolTimeout", "httpx", httpxTimeoutExceptionType)
	httpxNetworkErrorType        = httpExcType("NetworkError", "httpx", httpxTransportErrorType)
	httpxConnectErrorType        = httpExcType("ConnectError", "httpx", httpxNetworkErrorType)
	httpxReadErrorType           = httpExcType("ReadError", "httpx", httpxNetworkErrorType)
	httpxWriteErrorType          = httpExcType("WriteError", "httpx", httpxNetworkErrorType)
	httpxCloseErrorType          = httpExcType("CloseError", "httpx", httpxNetworkErrorType)
	httpxProtocolErrorType       = httpExcType("ProtocolError", "httpx", httpxTransportErrorType)
	httpxLocalProtocolErrorType  = httpExcType("LocalProtocolError", "httpx", httpxProtocolErrorType)
	httpxRemoteProtocolErrorType = httpExcType("RemoteProtocolError", "httpx", httpxProtocolErrorType)
	httpxProxyErrorType          = httpExcType("ProxyError", "httpx", httpxTransportErrorType)
	httpxUnsupportedProtocolType = httpExcType("UnsupportedProtocol", "httpx", httpxTransportErrorType)
	httpxDecodingErrorType       = httpExcType("DecodingError", "httpx", httpxRequestErrorType)
	httpxTooManyRedirectsType    = httpExcType("TooManyRedirects", "httpx", httpxRequestErrorType)
	httpxHTTPStatusErrorType     = httpExcType("HTTPStatusError", "httpx", httpxHTTPErrorType)
	httpxInvalidURLType          = httpExcType("InvalidURL", "httpx", runtime.ExceptionType)
	httpxStreamErrorType         = httpExcType("StreamError", "httpx", runtime.RuntimeErrorType)
	httpxStreamConsumedType      = httpExcType("StreamConsumed", "httpx", httpxStreamErrorType)
	httpxStreamClosedType        = httpExcType("StreamClosed", "httpx", httpxStreamErrorType)
	httpxResponseNotReadType     = httpExcType("ResponseNotRead", "httpx", httpxStreamErrorType)
)

// httpx's stream errors, with their fixed messages.
const (
	httpxStreamConsumedMsg = "Attempted to read or stream some content, but the content has already been streamed. " +
		"For requests, this could be due to passing a generator as request content, and then receiving a redirect " +
		"response or a secondary request as part of an authentication flow.For responses, this could be due to " +
		"attempting to stream the response content more than once."
	httpxStreamClosedMsg    = "Attempted to read or stream content, but the stream has been closed."
	httpxResponseNotReadMsg = "Attempted to access streaming response content, without having called `read()`."
)

// httpxExceptionTypes lists the classes the module exports.
var httpxExceptionTypes = []*runtime.Type{
	httpxHTTPErrorType, httpxRequestErrorType, httpxTransportErrorType, httpxTimeoutExceptionType,
	httpxConnectTimeoutType, httpxReadTimeoutType, httpxWriteTimeoutType, httpxPoolTimeoutType,
	httpxNetworkErrorType, httpxConnectErrorType, httpxReadErrorType, httpxWriteErrorType, httpxCloseErrorType,
	httpxProtocolErrorType, httpxLocalProtocolErrorType, httpxRemoteProtocolErrorType, httpxProxyErrorType,
	httpxUnsupportedProtocolType, httpxDecodingErrorType, httpxTooManyRedirectsType, httpxHTTPStatusErrorType,
	httpxInvalidURLType, httpxStreamErrorType, httpxStreamConsumedType, httpxStreamClosedType, httpxResponseNotReadType,
}

// The module's classes.
var (
	httpxClientType    = newAsyncioType("AsyncClient", "httpx")
	httpxTimeoutType   = newAsyncioType("Timeout", "httpx")
	httpxLimitsType    = newAsyncioType("Limits", "httpx")
	httpxRequestType   = newAsyncioType("Request", "httpx")
	httpxResponseType  = newAsyncioType("Response", "httpx")
	httpxBasicAuthType = newAsyncioType("BasicAuth", "httpx")
	httpxStreamCMType  = newAsyncioType("_AsyncGeneratorContextManager", "contextlib")
)

// newHTTPXModule builds the httpx module; its requests need the network
// the host granted.
func newHTTPXModule(t *runtime.Thread, opts Options) (*runtime.Module, error) {
	m := newNativeModule("httpx")
	if opts.AllowNetwork {
		setNetworkAllowed(t)
	}
	d := m.Dict
	d.Set("__version__", runtime.Str(httpxVersion))
	for _, typ := range []*runtime.Type{httpxClientType, httpxTimeoutType, httpxLimitsType, httpxRequestType, httpxResponseType, httpxHeadersType, httpxURLType, httpxBasicAuthType} {
		d.Set(typ.Name, runtime.Obj(typ))
	}
	for _, typ := range httpxExceptionTypes {
		d.Set(typ.Name, runtime.Obj(typ))
	}
	return m, nil
}

// httpxTimeout is httpx.Timeout: each field None or seconds.
type httpxTimeout struct {
	connect, read, write, pool runtime.Value
}

// Type makes httpxTimeout an Object.
func (*httpxTimeout) Type() *runtime.Type { return httpxTimeoutType }

// fields points at the fields in httpxTimeoutFields' order.
func (to *httpxTimeout) fields() []*runtime.Value {
	return []*runtime.Value{&to.connect, &to.read, &to.write, &to.pool}
}

var httpxTimeoutFields = []string{"connect", "read", "write", "pool"}

// newHTTPXTimeout is Timeout(timeout, connect=, read=, write=, pool=);
// Null marks an argument not given.
func newHTTPXTimeout(t *runtime.Thread, timeout, connect, read, write, pool runtime.Value) (*httpxTimeout, error) {
	if x, ok := timeout.Raw().(*httpxTimeout); ok {
		c := *x
		return &c, nil
	}
	if timeout.Type() == runtime.TupleType {
		items, err := runtime.ToSlice(t, timeout)
		if err != nil {
			return nil, err
		}
		to := &httpxTimeout{connect: runtime.None, read: runtime.None, write: runtime.None, pool: runtime.None}
		for i, v := range items {
			if i < 4 {
				*to.fields()[i] = v
			}
		}
		return to, nil
	}
	if !connect.IsNull() && !read.IsNull() && !write.IsNull() && !pool.IsNull() {
		return &httpxTimeout{connect: connect, read: read, write: write, pool: pool}, nil
	}
	if timeout.IsNull() {
		return nil, valueError("httpx.Timeout must either include a default, or set all four parameters explicitly.")
	}
	to := &httpxTimeout{}
	for i, v := range []runtime.Value{connect, read, write, pool} {
		if v.IsNull() {
			v = timeout
		}
		*to.fields()[i] = v
	}
	return to, nil
}

// apply sets spec's connect and read timeouts (httpx has no total).
func (to *httpxTimeout) apply(t *runtime.Thread, spec *httpSpec) error {
	var err error
	if spec.connect, err = httpTimeoutArg(t, to.connect); err != nil {
		return err
	}
	spec.read, err = httpTimeoutArg(t, to.read)
	return err
}

// httpxLimits is httpx.Limits.
type httpxLimits struct {
	maxConns, maxKeepalive, expiry runtime.Value
}

// Type makes httpxLimits an Object.
func (*httpxLimits) Type() *runtime.Type { return httpxLimitsType }

// defaultHTTPXLimits is httpx's DEFAULT_LIMITS.
func defaultHTTPXLimits() *httpxLimits {
	return &httpxLimits{maxConns: runtime.Int(100), maxKeepalive: runtime.Int(20), expiry: runtime.Float(5)}
}

// httpxClient is httpx.AsyncClient.
type httpxClient struct {
	sess          *httpSession
	state         int // 0 unopened, 1 opened, 2 closed
	baseURL       *url.URL
	headers       *httpHeaders
	params        [][2]string
	timeout       *httpxTimeout
	follow        bool
	maxRedirects  int
	limits        *httpxLimits
	skipTLSVerify bool
	auth          string // the Authorization header of auth=, or ""
}

const (
	httpxUnopened = iota
	httpxOpened
	httpxClosed
)

// Type makes httpxClient an Object.
func (*httpxClient) Type() *runtime.Type { return httpxClientType }

// httpxRequest is httpx.Request.
type httpxRequest struct {
	method  string
	url     *url.URL
	headers *httpHeaders
	content []byte
}

// Type makes httpxRequest an Object.
func (*httpxRequest) Type() *runtime.Type { return httpxRequestType }

// httpxResponse is httpx.Response; its content is already read. A
// response of client.stream() keeps httpx's rules all the same: its
// content is there after aread(), and it streams once.
type httpxResponse struct {
	hop       httpHop
	headers   *httpHeaders
	body      []byte
	request   runtime.Value
	history   []runtime.Value
	closed    bool
	streaming bool // from client.stream()
	loaded    bool // aread() called (always, for other responses)
	consumed  bool // streamed once
}

// content returns the body, or httpx's error for a stream not read.
func (r *httpxResponse) content() ([]byte, error) {
	if r.streaming && !r.loaded {
		return nil, runtime.Errorf(httpxResponseNotReadType, httpxResponseNotReadMsg)
	}
	return r.body, nil
}

// stream marks a streamed response consumed, failing as httpx does when
// it was already streamed or closed.
func (r *httpxResponse) stream() error {
	if !r.streaming || r.loaded {
		return nil
	}
	if r.consumed {
		return runtime.Errorf(httpxStreamConsumedType, httpxStreamConsumedMsg)
	}
	if r.closed {
		return runtime.Errorf(httpxStreamClosedType, httpxStreamClosedMsg)
	}
	r.consumed = true
	return nil
}

// Type makes httpxResponse an Object.
func (*httpxResponse) Type() *runtime.Type { return httpxResponseType }

// httpxRequestKw are the keyword arguments of the request methods; the
// first three only for methods with a body.
var httpxRequestKw = []string{"$content", "$data", "$json", "$params", "$headers", "$auth", "$follow_redirects", "$timeout"}

// httpxCall is a request method's arguments, bound at the call.
type httpxCall struct {
	method                                                      string
	url                                                         runtime.Value
	content, data, json, params, headers, auth, follow, timeout runtime.Value
}

// mergeURL joins a request URL with base_url as httpx does: a relative
// URL's path is appended to the base path.
func (c *httpxClient) mergeURL(u *url.URL) *url.URL {
	if c.baseURL == nil || u.IsAbs() {
		return u
	}
	m := *c.baseURL
	base := m.EscapedPath()
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	p := base + strings.TrimLeft(u.EscapedPath(), "/")
	if dec, err := url.PathUnescape(p); err == nil {
		m.Path, m.RawPath = dec, p
	}
	m.RawQuery = u.RawQuery
	m.Fragment = u.Fragment
	return &m
}

// parseQuery splits a raw query into decoded pairs.
func httpxParseQuery(raw string) [][2]string {
	var out [][2]string
	for _, part := range strings.Split(raw, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		dk, err1 := url.QueryUnescape(k)
		dv, err2 := url.QueryUnescape(v)
		if err1 != nil || err2 != nil {
			dk, dv = k, v
		}
		out = append(out, [2]string{dk, dv})
	}
	return out
}

// httpxMergeParams is QueryParams.merge: keys of extra replace the same
// keys of base, in base's place.
func httpxMergeParams(base, extra [][2]string) [][2]string {
	var keys []string
	vals := map[string][]string{}
	add := func(pairs [][2]string, replace bool) {
		seen := map[string]bool{}
		for _, p := range pairs {
			if _, ok := vals[p[0]]; !ok {
				keys = append(keys, p[0])
			} else if replace && !seen[p[0]] {
				vals[p[0]] = nil
			}
			seen[p[0]] = true
			vals[p[0]] = append(vals[p[0]], p[1])
		}
	}
	add(base, false)
	add(extra, true)
	var out [][2]string
	for _, k := range keys {
		for _, v := range vals[k] {
			out = append(out, [2]string{k, v})
		}
	}
	return out
}

// httpxRequestError makes an exception of an httpx RequestError class
// carrying the request.
func httpxRequestError(typ *runtime.Type, req runtime.Value, msg string) *runtime.Instance {
	e := runtime.NewException(typ, runtime.Str(msg))
	if !req.IsNull() {
		e.Dict.Set("_request", req)
	}
	return e
}

// prepare builds the request of a call.
func (c *httpxClient) prepare(t *runtime.Thread, call *httpxCall) (*httpSpec, *httpxRequest, error) {
	var raw string
	switch u := call.url.Raw().(type) {
	case *httpURLValue:
		raw = u.u.String()
	default:
		s, ok := runtime.StrValue(call.url)
		if !ok {
			return nil, nil, typeError("Invalid type for url.  Expected str or httpx.URL, got %s: %s", runtime.TypeRepr(call.url.Type()), runtime.ReprNoThread(call.url))
		}
		raw = s
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, nil, runtime.Errorf(httpxInvalidURLType, "Invalid URL")
	}
	u = c.mergeURL(u)
	u.Fragment, u.RawFragment = "", ""
	switch {
	case u.Scheme == "":
		return nil, nil, httpxRequestError(httpxUnsupportedProtocolType, runtime.Null, "Request URL is missing an 'http://' or 'https://' protocol.")
	case u.Scheme != "http" && u.Scheme != "https":
		return nil, nil, httpxRequestError(httpxUnsupportedProtocolType, runtime.Null, "Request URL has an unsupported protocol '"+u.Scheme+"://'.")
	case u.Host == "":
		return nil, nil, httpxRequestError(httpxLocalProtocolErrorType, runtime.Null, "Missing 'Host' header.")
	}
	var reqParams [][2]string
	if !call.params.IsNull() && !call.params.IsNone() {
		if s, ok := runtime.StrValue(call.params); ok {
			reqParams = httpxParseQuery(strings.TrimPrefix(s, "?"))
		} else if reqParams, err = httpPairs(t, call.params, "params", true, func(v runtime.Value) (string, error) { return httpParamValue(t, v, flavorHTTPX) }); err != nil {
			return nil, nil, err
		}
	}
	if len(c.params) > 0 || len(reqParams) > 0 {
		merged := httpxMergeParams(httpxParseQuery(u.RawQuery), httpxMergeParams(c.params, reqParams))
		u.RawQuery = httpEncodeQuery(merged, httpQuoteSafeForm)
	}
	hs := c.headers.list()
	if !call.headers.IsNull() && !call.headers.IsNone() {
		extra, err := httpHeaderList(t, call.headers)
		if err != nil {
			return nil, nil, err
		}
		hs = httpMergeHeaders(hs, extra)
	}
	spec := &httpSpec{method: strings.ToUpper(call.method), url: u, follow: c.follow, redirectLimit: c.maxRedirects + 1}
	ctype := ""
	content := call.content
	if !call.data.IsNull() && !call.data.IsNone() {
		if _, ok := runtime.StrValue(call.data); ok {
			content = call.data
		} else if call.data.Type() == runtime.BytesType {
			content = call.data
		} else {
			if spec.body, err = httpFormBody(t, call.data, flavorHTTPX); err != nil {
				return nil, nil, err
			}
			ctype = "application/x-www-form-urlencoded"
		}
	}
	switch {
	case !content.IsNull() && !content.IsNone():
		if s, ok := runtime.StrValue(content); ok {
			spec.body = []byte(s)
		} else if b, ok := runtime.BytesValue(content); ok {
			spec.body = append([]byte{}, b...)
		} else {
			return nil, nil, typeError("Unexpected type for 'content', %s", runtime.TypeRepr(content.Type()))
		}
	case spec.body != nil:
	case !call.json.IsNull() && !call.json.IsNone():
		if spec.body, err = httpJSONBody(t, call.json, flavorHTTPX); err != nil {
			return nil, nil, err
		}
		ctype = "application/json"
	}
	auth := c.auth
	if !call.auth.IsNull() && !call.auth.IsNone() {
		if auth, err = httpxAuthArg(t, call.auth); err != nil {
			return nil, nil, err
		}
	}
	if auth != "" {
		hs = httpMergeHeaders(hs, []httpHeader{{"Authorization", auth}})
	}
	spec.header = httpFinishHeaders(hs, u, spec.body, ctype)
	to := c.timeout
	if !call.timeout.IsNull() {
		if to, err = newHTTPXTimeout(t, call.timeout, runtime.Null, runtime.Null, runtime.Null, runtime.Null); err != nil {
			return nil, nil, err
		}
	}
	if err := to.apply(t, spec); err != nil {
		return nil, nil, err
	}
	if !call.follow.IsNull() {
		if spec.follow, err = runtime.Truth(t, call.follow); err != nil {
			return nil, nil, err
		}
	}
	req := &httpxRequest{method: spec.method, url: u, headers: headersFromList(flavorHTTPX, true, spec.header), content: spec.body}
	return spec, req, nil
}

// httpxFailure is the exception httpx raises for a failed request.
func httpxFailure(t *runtime.Thread, req runtime.Value, r *httpResult) *runtime.Instance {
	switch r.fail {
	case httpConnectError:
		if r.dial.res.dnsErr != nil {
			// The resolver's error reaches httpx as it is.
			msg, err := runtime.ToStr(t, runtime.Obj(r.dial.res.exception()))
			if err != nil {
				msg = ""
			}
			return httpxRequestError(httpxConnectErrorType, req, msg)
		}
		return httpxRequestError(httpxConnectErrorType, req, "All connection attempts failed")
	case httpConnectTimeout:
		return httpxRequestError(httpxConnectTimeoutType, req, "")
	case httpReadTimeout, httpTotalTimeout:
		return httpxRequestError(httpxReadTimeoutType, req, "")
	case httpTooManyRedirects:
		return httpxRequestError(httpxTooManyRedirectsType, req, "Exceeded maximum allowed redirects.")
	case httpSessionClosed, httpCancelled:
		return httpxRequestError(httpxReadErrorType, req, "Connection closed")
	case httpDisconnected:
		return httpxRequestError(httpxRemoteProtocolErrorType, req, "Server disconnected without sending a response.")
	case httpPayloadError:
		return httpxRequestError(httpxRemoteProtocolErrorType, req, "peer closed connection without sending complete message body")
	case httpDecodeError:
		return httpxRequestError(httpxDecodingErrorType, req, "Error decoding response body: "+r.err.Error())
	}
	if errno, ok := errnoOf(r.err); ok {
		return httpxRequestError(httpxReadErrorType, req, "[Errno "+strconv.Itoa(int(errno))+"] "+strerror(errno))
	}
	return httpxRequestError(httpxRemoteProtocolErrorType, req, r.err.Error())
}

// requestCoro is the coroutine of a request method: it builds and sends
// the request when awaited, as httpx's async methods do.
func (c *httpxClient) requestCoro(name string, call *httpxCall) runtime.Value {
	return newAsyncCoro(name, "AsyncClient."+name, func(t *runtime.Thread, co *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if co.PC != 0 {
			return r, err
		}
		if c.state == httpxClosed {
			return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "Cannot send a request, as the client has been closed.")
		}
		spec, req, err := c.prepare(t, call)
		if err != nil {
			return runtime.Null, err
		}
		reqV := runtime.Obj(req)
		fut, err := c.sess.start(t, spec, func(t *runtime.Thread, res *httpResult) (runtime.Value, error) {
			if res.fail != httpOK {
				return runtime.Null, httpxFailure(t, reqV, res)
			}
			resp := &httpxResponse{hop: res.httpHop, headers: newHTTPHeaders(flavorHTTPX, res.header), body: res.body, request: reqV}
			for _, h := range res.history {
				hr := &httpxRequest{method: h.method, url: h.url, headers: headersFromList(flavorHTTPX, true, nil)}
				resp.history = append(resp.history, runtime.Obj(&httpxResponse{hop: h, headers: newHTTPHeaders(flavorHTTPX, h.header), request: runtime.Obj(hr), closed: true}))
			}
			if len(res.history) > 0 {
				req := &httpxRequest{method: res.method, url: res.url, headers: req.headers}
				resp.request = runtime.Obj(req)
			}
			resp.closed = true
			return runtime.Obj(resp), nil
		})
		if err != nil {
			return runtime.Null, err
		}
		co.PC = 1
		return co.Await(fut.Value())
	})
}

// httpxMethod makes client.<verb>(url, **kwargs); verb "" is
// request(method, url, **kwargs).
func httpxMethod(verb string, withBody bool) runtime.MethodFunc {
	fname := "AsyncClient." + strings.ToLower(verb)
	if verb == "" {
		fname = "AsyncClient.request"
	}
	return func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		c, err := httpSelf[*httpxClient](self, httpxClientType)
		if err != nil {
			return runtime.Null, err
		}
		call := &httpxCall{method: verb}
		kw := httpxRequestKw
		out := []*runtime.Value{&call.content, &call.data, &call.json, &call.params, &call.headers, &call.auth, &call.follow, &call.timeout}
		if !withBody {
			kw, out = kw[3:], out[3:]
		}
		params := append([]string{"url"}, kw...)
		out = append([]*runtime.Value{&call.url}, out...)
		nreq := 1
		var methodV runtime.Value
		if verb == "" {
			params = append([]string{"method"}, params...)
			out = append([]*runtime.Value{&methodV}, out...)
			nreq = 2
		}
		if err := pyArgs(fname, true, args, kwnames, nreq, params, out...); err != nil {
			return runtime.Null, err
		}
		if verb == "" {
			m, ok := runtime.StrValue(methodV)
			if !ok {
				return runtime.Null, typeError("method must be str, not %s", methodV.TypeName())
			}
			call.method = m
		}
		name := strings.ToLower(verb)
		if verb == "" {
			name = "request"
		}
		return c.requestCoro(name, call), nil
	}
}

// httpxClientNew is AsyncClient(*, params=None, headers=None,
// verify=True, timeout=5.0, follow_redirects=False, limits=...,
// max_redirects=20, base_url="").
func httpxClientNew(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var auth, params, headers, verify, timeout, follow, limits, maxRedirects, baseURL runtime.Value
	if err := pyArgs("AsyncClient.__init__", true, args, kwnames, 0,
		[]string{"$auth", "$params", "$headers", "$verify", "$timeout", "$follow_redirects", "$limits", "$max_redirects", "$base_url"},
		&auth, &params, &headers, &verify, &timeout, &follow, &limits, &maxRedirects, &baseURL); err != nil {
		return runtime.Null, err
	}
	c := &httpxClient{maxRedirects: 20, limits: defaultHTTPXLimits()}
	var err error
	if !auth.IsNull() && !auth.IsNone() {
		if c.auth, err = httpxAuthArg(t, auth); err != nil {
			return runtime.Null, err
		}
	}
	if !params.IsNull() && !params.IsNone() {
		if c.params, err = httpPairs(t, params, "params", true, func(v runtime.Value) (string, error) { return httpParamValue(t, v, flavorHTTPX) }); err != nil {
			return runtime.Null, err
		}
	}
	hs := []httpHeader{{"Accept", "*/*"}, {"Accept-Encoding", "gzip, deflate"}, {"Connection", "keep-alive"}, {"User-Agent", "python-httpx/" + httpxVersion}}
	extra, err := httpHeaderList(t, headers)
	if err != nil {
		return runtime.Null, err
	}
	c.headers = headersFromList(flavorHTTPX, true, httpMergeHeaders(hs, extra))
	if !verify.IsNull() {
		ok, err := runtime.Truth(t, verify)
		if err != nil {
			return runtime.Null, err
		}
		c.skipTLSVerify = !ok
	}
	if timeout.IsNull() {
		timeout = runtime.Float(5)
	}
	if c.timeout, err = newHTTPXTimeout(t, timeout, runtime.Null, runtime.Null, runtime.Null, runtime.Null); err != nil {
		return runtime.Null, err
	}
	if !follow.IsNull() {
		if c.follow, err = runtime.Truth(t, follow); err != nil {
			return runtime.Null, err
		}
	}
	if !limits.IsNull() {
		l, ok := limits.Raw().(*httpxLimits)
		if !ok {
			return runtime.Null, typeError("limits must be an httpx.Limits, not %s", limits.TypeName())
		}
		c.limits = l
	}
	if !maxRedirects.IsNull() {
		n, err := runtime.IndexInt(t, maxRedirects)
		if err != nil {
			return runtime.Null, err
		}
		c.maxRedirects = int(n)
	}
	if !baseURL.IsNull() {
		var raw string
		if u, ok := baseURL.Raw().(*httpURLValue); ok {
			raw = u.u.String()
		} else if s, ok := runtime.StrValue(baseURL); ok {
			raw = s
		} else {
			return runtime.Null, typeError("Invalid type for url.  Expected str or httpx.URL, got %s: %s", runtime.TypeRepr(baseURL.Type()), runtime.ReprNoThread(baseURL))
		}
		if raw != "" {
			u, err := url.Parse(raw)
			if err != nil {
				return runtime.Null, runtime.Errorf(httpxInvalidURLType, "Invalid URL")
			}
			if !strings.HasSuffix(u.Path, "/") {
				u.Path += "/"
				if u.RawPath != "" {
					u.RawPath += "/"
				}
			}
			c.baseURL = u
		}
	}
	maxConns, maxIdle, expiry := 0, 0, time.Duration(0)
	if n, ok := httpxIntOrNone(t, c.limits.maxConns); ok {
		maxConns = n
	}
	maxIdle = 100
	if n, ok := httpxIntOrNone(t, c.limits.maxKeepalive); ok {
		maxIdle = n
	}
	if expiry, err = httpTimeoutArg(t, c.limits.expiry); err != nil {
		return runtime.Null, err
	}
	c.sess = newHTTPSession(maxConns, maxIdle, expiry)
	if maxIdle == 0 {
		c.sess.transport.DisableKeepAlives = true
	}
	if c.skipTLSVerify {
		c.sess.transport.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	}
	return asyncWrap(cls, c), nil
}

// httpxIntOrNone reads a Limits field: an int, or None for no limit.
func httpxIntOrNone(t *runtime.Thread, v runtime.Value) (int, bool) {
	if v.IsNull() || v.IsNone() {
		return 0, false
	}
	n, err := runtime.IndexInt(t, v)
	if err != nil {
		return 0, false
	}
	return int(n), true
}

// httpxStatusError is the message raise_for_status gives.
func (r *httpxResponse) statusError() *runtime.Instance {
	kind := map[int]string{1: "Informational response", 3: "Redirect response", 4: "Client error", 5: "Server error"}[r.hop.status/100]
	if kind == "" {
		kind = "Invalid status code"
	}
	code := strconv.Itoa(r.hop.status)
	msg := kind + " '" + code + " " + r.hop.reason + "' for url '" + r.hop.url.String() + "'\n"
	if loc, ok := r.headers.lookup("location"); ok && r.isRedirect() {
		msg += "Redirect location: '" + loc + "'\n"
	}
	msg += "For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/" + code
	e := runtime.NewException(httpxHTTPStatusErrorType, runtime.Str(msg))
	e.Dict.Set("_request", r.request)
	e.Dict.Set("response", runtime.Obj(r))
	return e
}

// isRedirect is Response.is_redirect: a redirect status with a Location.
func (r *httpxResponse) isRedirect() bool {
	switch r.hop.status {
	case 301, 302, 303, 307, 308:
		_, ok := r.headers.lookup("location")
		return ok
	}
	return false
}

// encoding is Response.encoding: the charset when Python knows it, else
// UTF-8.
func (r *httpxResponse) encoding() string {
	if cs := httpCharset(r.headers.first("Content-Type")); cs != "" {
		if _, err := runtime.Decode(nil, cs, "strict"); err == nil {
			return cs
		}
	}
	return "utf-8"
}

// text decodes the content, replacing what does not decode.
func (r *httpxResponse) text() (runtime.Value, error) {
	body, err := r.content()
	if err != nil {
		return runtime.Null, err
	}
	s, err := runtime.Decode(body, r.encoding(), "replace")
	if err != nil {
		return runtime.Null, err
	}
	return runtime.Str(s), nil
}

// init defines the httpx classes.
func init() {
	installHTTPXExceptions()
	installHTTPXTimeout()
	installHTTPXLimits()
	installHTTPXClient()
	installHTTPXRequest()
	installHTTPXResponse()
	installHTTPXBasicAuth()
	installHTTPXStream()
}

// installHTTPXExceptions gives the exception classes httpx's
// constructors: a message, and the request (and response) as keywords.
func installHTTPXExceptions() {
	// HTTPError.request is a property: it raises until a request is set.
	httpxHTTPErrorType.Dict.Set("request", httpProp("request", func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
		if e, ok := v.Raw().(*runtime.Instance); ok {
			if r, found := e.Dict.Get("_request"); found && !r.IsNone() {
				return r, nil
			}
		}
		return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "The .request property has not been set.")
	}))
	for _, typ := range httpxExceptionTypes {
		typ := typ
		if !typ.IsSubtype(httpxHTTPErrorType) {
			continue
		}
		typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			var msg, req, resp runtime.Value
			params := []string{"message", "$request"}
			out := []*runtime.Value{&msg, &req}
			if cls.IsSubtype(httpxHTTPStatusErrorType) {
				params = append(params, "$response")
				out = append(out, &resp)
			}
			if err := pyArgs(cls.Name+".__init__", true, args, kwnames, 1, params, out...); err != nil {
				return runtime.Null, err
			}
			e := runtime.NewException(cls, msg)
			if !req.IsNull() && !req.IsNone() {
				e.Dict.Set("_request", req)
			}
			if !resp.IsNull() {
				e.Dict.Set("response", resp)
			}
			return runtime.Obj(e), nil
		}
	}
}

// installHTTPXTimeout defines Timeout.
func installHTTPXTimeout() {
	typ := httpxTimeoutType
	typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var timeout, connect, read, write, pool runtime.Value
		if err := pyArgs("Timeout.__init__", true, args, kwnames, 0, []string{"timeout", "$connect", "$read", "$write", "$pool"}, &timeout, &connect, &read, &write, &pool); err != nil {
			return runtime.Null, err
		}
		to, err := newHTTPXTimeout(t, timeout, connect, read, write, pool)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(to), nil
	}
	self := func(v runtime.Value) (*httpxTimeout, error) { return httpSelf[*httpxTimeout](v, typ) }
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		to, err := self(v)
		if err != nil {
			return "", err
		}
		parts := make([]string, 4)
		same := true
		for i, f := range to.fields() {
			s, err := runtime.ToStr(t, *f)
			if err != nil {
				return "", err
			}
			parts[i] = s
			if i > 0 {
				eq, err := runtime.Equal(t, *f, to.connect)
				if err != nil {
					return "", err
				}
				same = same && eq
			}
		}
		if same {
			return "Timeout(timeout=" + parts[0] + ")", nil
		}
		return "Timeout(connect=" + parts[0] + ", read=" + parts[1] + ", write=" + parts[2] + ", pool=" + parts[3] + ")", nil
	}
	typ.Slots.Compare = func(t *runtime.Thread, a, b runtime.Value, op runtime.CmpOp) (runtime.Value, error) {
		x, ok1 := a.Raw().(*httpxTimeout)
		y, ok2 := b.Raw().(*httpxTimeout)
		if op != runtime.CmpEq && op != runtime.CmpNe {
			return runtime.NotImplemented, nil
		}
		same := ok1 && ok2
		for i := 0; same && i < 4; i++ {
			eq, err := runtime.Equal(t, *x.fields()[i], *y.fields()[i])
			if err != nil {
				return runtime.Null, err
			}
			same = eq
		}
		return runtime.Bool(same == (op == runtime.CmpEq)), nil
	}
	for i, name := range httpxTimeoutFields {
		i := i
		typ.Dict.Set(name, httpProp(name, func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
			to, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return *to.fields()[i], nil
		}))
	}
	typ.AddMethod("as_dict", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		to, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		d := runtime.NewDict()
		for i, f := range to.fields() {
			d.SetStr(httpxTimeoutFields[i], *f)
		}
		return runtime.Obj(d), runtime.ArgCount("as_dict", args, kwnames, 0, 0)
	})
}

// installHTTPXLimits defines Limits(*, max_connections=None,
// max_keepalive_connections=None, keepalive_expiry=5.0).
func installHTTPXLimits() {
	typ := httpxLimitsType
	names := []string{"max_connections", "max_keepalive_connections", "keepalive_expiry"}
	typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		l := &httpxLimits{}
		if err := pyArgs("Limits.__init__", true, args, kwnames, 0, []string{"$max_connections", "$max_keepalive_connections", "$keepalive_expiry"}, &l.maxConns, &l.maxKeepalive, &l.expiry); err != nil {
			return runtime.Null, err
		}
		if l.maxConns.IsNull() {
			l.maxConns = runtime.None
		}
		if l.maxKeepalive.IsNull() {
			l.maxKeepalive = runtime.None
		}
		if l.expiry.IsNull() {
			l.expiry = runtime.Float(5)
		}
		return runtime.Obj(l), nil
	}
	self := func(v runtime.Value) (*httpxLimits, error) { return httpSelf[*httpxLimits](v, typ) }
	fields := func(l *httpxLimits) []runtime.Value { return []runtime.Value{l.maxConns, l.maxKeepalive, l.expiry} }
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		l, err := self(v)
		if err != nil {
			return "", err
		}
		parts := make([]string, 3)
		for i, f := range fields(l) {
			s, err := runtime.ToStr(t, f)
			if err != nil {
				return "", err
			}
			parts[i] = names[i] + "=" + s
		}
		return "Limits(" + strings.Join(parts, ", ") + ")", nil
	}
	for i, name := range names {
		i := i
		typ.Dict.Set(name, httpProp(name, func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
			l, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return fields(l)[i], nil
		}))
	}
}

// installHTTPXClient defines AsyncClient.
func installHTTPXClient() {
	typ := httpxClientType
	typ.New = httpxClientNew
	self := func(v runtime.Value) (*httpxClient, error) { return httpSelf[*httpxClient](v, typ) }
	for _, verb := range []string{"get", "head", "options", "delete"} {
		typ.AddMethod(verb, httpxMethod(strings.ToUpper(verb), false))
	}
	for _, verb := range []string{"post", "put", "patch"} {
		typ.AddMethod(verb, httpxMethod(strings.ToUpper(verb), true))
	}
	typ.AddMethod("request", httpxMethod("", true))
	typ.AddMethod("stream", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		coro, err := httpxMethod("", true)(t, v, args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(&httpxStreamCM{coro: coro}), nil
	})
	closeCoro := func(c *httpxClient, name string) runtime.Value {
		return aioCoro(name, "AsyncClient."+name, func(t *runtime.Thread) (runtime.Value, error) {
			if c.state != httpxClosed {
				c.state = httpxClosed
				c.sess.close()
			}
			return runtime.None, nil
		})
	}
	typ.AddMethod("aclose", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		c, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		if err := runtime.ArgCount("aclose", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return closeCoro(c, "aclose"), nil
	})
	typ.AddMethod("__aenter__", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		c, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		return aioCoro("__aenter__", "AsyncClient.__aenter__", func(t *runtime.Thread) (runtime.Value, error) {
			switch c.state {
			case httpxOpened:
				return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "Cannot open a client instance more than once.")
			case httpxClosed:
				return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "Cannot reopen a client instance, once it has been closed.")
			}
			c.state = httpxOpened
			return v, nil
		}), nil
	})
	typ.AddMethod("__aexit__", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		c, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		return closeCoro(c, "__aexit__"), nil
	})
	prop := func(name string, get func(c *httpxClient) runtime.Value) {
		typ.Dict.Set(name, httpProp(name, func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
			c, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return get(c), nil
		}))
	}
	prop("is_closed", func(c *httpxClient) runtime.Value { return runtime.Bool(c.state == httpxClosed) })
	prop("headers", func(c *httpxClient) runtime.Value { return runtime.Obj(c.headers) })
	prop("timeout", func(c *httpxClient) runtime.Value { return runtime.Obj(c.timeout) })
	prop("follow_redirects", func(c *httpxClient) runtime.Value { return runtime.Bool(c.follow) })
	prop("max_redirects", func(c *httpxClient) runtime.Value { return runtime.Int(int64(c.maxRedirects)) })
	prop("base_url", func(c *httpxClient) runtime.Value {
		if c.baseURL == nil {
			return newHTTPURL(flavorHTTPX, &url.URL{})
		}
		return newHTTPURL(flavorHTTPX, c.baseURL)
	})
}

// installHTTPXRequest defines Request's attributes.
func installHTTPXRequest() {
	typ := httpxRequestType
	self := func(v runtime.Value) (*httpxRequest, error) { return httpSelf[*httpxRequest](v, typ) }
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		r, err := self(v)
		if err != nil {
			return "", err
		}
		return "<Request(" + runtime.ReprNoThread(runtime.Str(r.method)) + ", " + runtime.ReprNoThread(runtime.Str(r.url.String())) + ")>", nil
	}
	get := map[string]func(r *httpxRequest) runtime.Value{
		"method":  func(r *httpxRequest) runtime.Value { return runtime.Str(r.method) },
		"url":     func(r *httpxRequest) runtime.Value { return newHTTPURL(flavorHTTPX, r.url) },
		"headers": func(r *httpxRequest) runtime.Value { return runtime.Obj(r.headers) },
		"content": func(r *httpxRequest) runtime.Value { return runtime.NewBytes(r.content) },
	}
	for _, name := range []string{"method", "url", "headers", "content"} {
		fn := get[name]
		typ.Dict.Set(name, httpProp(name, func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
			r, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return fn(r), nil
		}))
	}
}

// installHTTPXResponse defines Response.
func installHTTPXResponse() {
	typ := httpxResponseType
	self := func(v runtime.Value) (*httpxResponse, error) { return httpSelf[*httpxResponse](v, typ) }
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		r, err := self(v)
		if err != nil {
			return "", err
		}
		return "<Response [" + strconv.Itoa(r.hop.status) + " " + r.hop.reason + "]>", nil
	}
	prop := func(name string, get func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error)) {
		typ.Dict.Set(name, httpProp(name, func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
			r, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return get(t, r)
		}))
	}
	status := func(name string, ok func(code int) bool) {
		prop(name, func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) {
			return runtime.Bool(ok(r.hop.status)), nil
		})
	}
	prop("status_code", func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) {
		return runtime.Int(int64(r.hop.status)), nil
	})
	prop("reason_phrase", func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) {
		return runtime.Str(r.hop.reason), nil
	})
	prop("http_version", func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) { return runtime.Str(r.hop.proto), nil })
	prop("headers", func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) { return runtime.Obj(r.headers), nil })
	prop("url", func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) {
		return newHTTPURL(flavorHTTPX, r.hop.url), nil
	})
	prop("content", func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) {
		b, err := r.content()
		if err != nil {
			return runtime.Null, err
		}
		return runtime.NewBytes(b), nil
	})
	prop("text", func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) { return r.text() })
	prop("encoding", func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) {
		return runtime.Str(r.encoding()), nil
	})
	prop("charset_encoding", func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) {
		if cs := httpCharset(r.headers.first("Content-Type")); cs != "" {
			return runtime.Str(cs), nil
		}
		return runtime.None, nil
	})
	prop("request", func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) { return r.request, nil })
	prop("history", func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) {
		return runtime.Obj(runtime.NewList(append([]runtime.Value(nil), r.history...))), nil
	})
	prop("is_closed", func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) { return runtime.Bool(r.closed), nil })
	prop("num_bytes_downloaded", func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) {
		return runtime.Int(int64(len(r.body))), nil
	})
	prop("has_redirect_location", func(t *runtime.Thread, r *httpxResponse) (runtime.Value, error) {
		return runtime.Bool(r.isRedirect()), nil
	})
	status("is_informational", func(c int) bool { return c >= 100 && c < 200 })
	status("is_success", func(c int) bool { return c >= 200 && c < 300 })
	status("is_client_error", func(c int) bool { return c >= 400 && c < 500 })
	status("is_server_error", func(c int) bool { return c >= 500 && c < 600 })
	status("is_error", func(c int) bool { return c >= 400 && c < 600 })
	typ.Dict.Set("is_redirect", httpProp("is_redirect", func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
		r, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Bool(r.isRedirect()), nil
	}))
	m := func(name string, fn func(t *runtime.Thread, v runtime.Value, r *httpxResponse, args []runtime.Value, kwnames []string) (runtime.Value, error)) {
		typ.AddMethod(name, func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			r, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return fn(t, v, r, args, kwnames)
		})
	}
	m("json", func(t *runtime.Thread, v runtime.Value, r *httpxResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		pos, kw := splitArgs(args, kwnames)
		if len(pos) != 0 {
			return runtime.Null, typeError("Response.json() takes 1 positional argument but %d were given", len(pos)+1)
		}
		b, err := r.content()
		if err != nil {
			return runtime.Null, err
		}
		return jsonDecode(t, "loads", runtime.NewBytes(b), kwnames, kw)
	})
	m("raise_for_status", func(t *runtime.Thread, v runtime.Value, r *httpxResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("raise_for_status", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		if r.hop.status >= 200 && r.hop.status < 300 {
			return v, nil
		}
		return runtime.Null, r.statusError()
	})
	m("read", func(t *runtime.Thread, v runtime.Value, r *httpxResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("read", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		if err := r.stream(); err != nil {
			return runtime.Null, err
		}
		r.loaded = true
		return runtime.NewBytes(r.body), nil
	})
	m("aread", func(t *runtime.Thread, v runtime.Value, r *httpxResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("aread", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return aioCoro("aread", "Response.aread", func(t *runtime.Thread) (runtime.Value, error) {
			if err := r.stream(); err != nil {
				return runtime.Null, err
			}
			r.loaded = true
			return runtime.NewBytes(r.body), nil
		}), nil
	})
	chunkArg := func(t *runtime.Thread, fname string, args []runtime.Value, kwnames []string) (int, error) {
		var v runtime.Value
		if err := pyArgs("Response."+fname, true, args, kwnames, 0, []string{"chunk_size"}, &v); err != nil {
			return 0, err
		}
		if v.IsNull() || v.IsNone() {
			return 0, nil
		}
		n, err := runtime.IndexInt(t, v)
		return int(n), err
	}
	for _, name := range []string{"aiter_bytes", "aiter_raw"} {
		name := name
		m(name, func(t *runtime.Thread, v runtime.Value, r *httpxResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			n, err := chunkArg(t, name, args, kwnames)
			if err != nil {
				return runtime.Null, err
			}
			if err := r.stream(); err != nil {
				return runtime.Null, err
			}
			return runtime.Obj(&httpAsyncIter{items: httpChunks(r.body, n)}), nil
		})
	}
	m("aiter_text", func(t *runtime.Thread, v runtime.Value, r *httpxResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		n, err := chunkArg(t, "aiter_text", args, kwnames)
		if err != nil {
			return runtime.Null, err
		}
		if err := r.stream(); err != nil {
			return runtime.Null, err
		}
		text, err := runtime.Decode(r.body, r.encoding(), "replace")
		if err != nil {
			return runtime.Null, err
		}
		runes := []rune(text)
		if n <= 0 {
			n = len(runes)
		}
		var items []runtime.Value
		for len(runes) > 0 {
			k := min(n, len(runes))
			items = append(items, runtime.Str(string(runes[:k])))
			runes = runes[k:]
		}
		return runtime.Obj(&httpAsyncIter{items: items}), nil
	})
	m("aiter_lines", func(t *runtime.Thread, v runtime.Value, r *httpxResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("aiter_lines", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		if err := r.stream(); err != nil {
			return runtime.Null, err
		}
		text, err := runtime.Decode(r.body, r.encoding(), "replace")
		if err != nil {
			return runtime.Null, err
		}
		s := strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		var items []runtime.Value
		if s != "" {
			for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
				items = append(items, runtime.Str(line))
			}
		}
		return runtime.Obj(&httpAsyncIter{items: items}), nil
	})
	m("close", func(t *runtime.Thread, v runtime.Value, r *httpxResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		r.closed = true
		return runtime.None, runtime.ArgCount("close", args, kwnames, 0, 0)
	})
	m("aclose", func(t *runtime.Thread, v runtime.Value, r *httpxResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("aclose", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return aioCoro("aclose", "Response.aclose", func(t *runtime.Thread) (runtime.Value, error) {
			r.closed = true
			return runtime.None, nil
		}), nil
	})
}

// httpxBasicAuth is httpx.BasicAuth(username, password).
type httpxBasicAuth struct {
	header string
}

// Type makes httpxBasicAuth an Object.
func (*httpxBasicAuth) Type() *runtime.Type { return httpxBasicAuthType }

// httpxBasicHeader is the Authorization header for a username and
// password (str or bytes, str encoded as UTF-8).
func httpxBasicHeader(user, password runtime.Value) (string, error) {
	var parts [2][]byte
	for i, v := range []runtime.Value{user, password} {
		if s, ok := runtime.StrValue(v); ok {
			parts[i] = []byte(s)
		} else if b, ok := runtime.BytesValue(v); ok && v.Type() == runtime.BytesType {
			parts[i] = b
		} else {
			return "", typeError("Expected str or bytes, got %s", runtime.TypeRepr(v.Type()))
		}
	}
	cred := append(append(append([]byte{}, parts[0]...), ':'), parts[1]...)
	return "Basic " + base64.StdEncoding.EncodeToString(cred), nil
}

// httpxAuthArg reads auth=: a (username, password) tuple or BasicAuth.
func httpxAuthArg(t *runtime.Thread, v runtime.Value) (string, error) {
	if a, ok := v.Raw().(*httpxBasicAuth); ok {
		return a.header, nil
	}
	if v.Type() == runtime.TupleType || v.Type() == runtime.ListType {
		items, err := runtime.ToSlice(t, v)
		if err != nil {
			return "", err
		}
		if len(items) == 2 {
			return httpxBasicHeader(items[0], items[1])
		}
	}
	return "", typeError("Invalid \"auth\" argument: %s", runtime.ReprNoThread(v))
}

// installHTTPXBasicAuth defines BasicAuth.
func installHTTPXBasicAuth() {
	httpxBasicAuthType.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var user, password runtime.Value
		if err := pyArgs("BasicAuth.__init__", true, args, kwnames, 2, []string{"username", "password"}, &user, &password); err != nil {
			return runtime.Null, err
		}
		h, err := httpxBasicHeader(user, password)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(&httpxBasicAuth{header: h}), nil
	}
}

// httpxStreamCM is what client.stream(method, url, ...) returns: an
// async context manager giving the response. The body is read before the
// block starts, so iterating it never waits on the network.
type httpxStreamCM struct {
	coro runtime.Value
	resp *httpxResponse
}

// Type makes httpxStreamCM an Object.
func (*httpxStreamCM) Type() *runtime.Type { return httpxStreamCMType }

// installHTTPXStream defines the stream context manager.
func installHTTPXStream() {
	typ := httpxStreamCMType
	self := func(v runtime.Value) (*httpxStreamCM, error) { return httpSelf[*httpxStreamCM](v, typ) }
	typ.AddMethod("__aenter__", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		cm, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		return newAsyncCoro("__aenter__", "_AsyncGeneratorContextManager.__aenter__", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
			if c.PC == 0 {
				c.PC = 1
				return c.Await(cm.coro)
			}
			if err != nil {
				return runtime.Null, err
			}
			if cm.resp, _ = r.Raw().(*httpxResponse); cm.resp != nil {
				cm.resp.closed = false
				cm.resp.streaming = true
			}
			return r, nil
		}), nil
	})
	typ.AddMethod("__aexit__", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		cm, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		return aioCoro("__aexit__", "_AsyncGeneratorContextManager.__aexit__", func(t *runtime.Thread) (runtime.Value, error) {
			if cm.resp != nil {
				cm.resp.closed = true
			}
			return runtime.False, nil
		}), nil
	})
}
