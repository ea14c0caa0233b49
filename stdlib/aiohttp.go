package stdlib

import (
	"bytes"
	"crypto/tls"
	"encoding/base64"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/aio-lang/aio/runtime"
)

// This file is the aiohttp module's client: ClientSession, ClientTimeout,
// TCPConnector, the request context manager, ClientResponse and the
// exception classes, on the shared machinery of http_client.go. Names,
// defaults, messages and the exception hierarchy follow aiohttp 3.x.

const aiohttpVersion = "3.9.5"

// aiohttpUserAgent is the User-Agent aiohttp sends.
const aiohttpUserAgent = "Python/3.11 aiohttp/" + aiohttpVersion

const aioExcModule = "aiohttp.client_exceptions"

// The exception classes, in aiohttp's hierarchy.
var (
	aioClientErrorType             = httpExcType("ClientError", aioExcModule, runtime.ExceptionType)
	aioClientResponseErrorType     = httpExcType("ClientResponseError", aioExcModule, aioClientErrorType)
	aioContentTypeErrorType        = httpExcType("ContentTypeError", aioExcModule, aioClientResponseErrorType)
	aioTooManyRedirectsType        = httpExcType("TooManyRedirects", aioExcModule, aioClientResponseErrorType)
	aioClientConnectionErrorType   = httpExcType("ClientConnectionError", aioExcModule, aioClientErrorType)
	aioClientOSErrorType           = httpExcType("ClientOSError", aioExcModule, aioClientConnectionErrorType, runtime.OSErrorType)
	aioClientConnectorErrorType    = httpExcType("ClientConnectorError", aioExcModule, aioClientOSErrorType)
	aioClientConnectorDNSErrorType = httpExcType("ClientConnectorDNSError", aioExcModule, aioClientConnectorErrorType)
	aioServerConnectionErrorType   = httpExcType("ServerConnectionError", aioExcModule, aioClientConnectionErrorType)
	aioServerDisconnectedErrorType = httpExcType("ServerDisconnectedError", aioExcModule, aioServerConnectionErrorType)
	aioServerTimeoutErrorType      = httpExcType("ServerTimeoutError", aioExcModule, aioServerConnectionErrorType, runtime.TimeoutErrorType)
	aioConnectionTimeoutErrorType  = httpExcType("ConnectionTimeoutError", aioExcModule, aioServerTimeoutErrorType)
	aioSocketTimeoutErrorType      = httpExcType("SocketTimeoutError", aioExcModule, aioServerTimeoutErrorType)
	aioClientPayloadErrorType      = httpExcType("ClientPayloadError", aioExcModule, aioClientErrorType)
	aioInvalidURLType              = httpExcType("InvalidURL", aioExcModule, aioClientErrorType, runtime.ValueErrorType)
)

// aioExceptionTypes lists the classes the module exports.
var aioExceptionTypes = []*runtime.Type{
	aioClientErrorType, aioClientResponseErrorType, aioContentTypeErrorType, aioTooManyRedirectsType,
	aioClientConnectionErrorType, aioClientOSErrorType, aioClientConnectorErrorType, aioClientConnectorDNSErrorType,
	aioServerConnectionErrorType, aioServerDisconnectedErrorType, aioServerTimeoutErrorType,
	aioConnectionTimeoutErrorType, aioSocketTimeoutErrorType, aioClientPayloadErrorType, aioInvalidURLType,
}

// The module's classes.
var (
	aioSessionType      = newAsyncioType("ClientSession", "aiohttp.client")
	aioTimeoutType      = newAsyncioType("ClientTimeout", "aiohttp.client")
	aioConnectorType    = newAsyncioType("TCPConnector", "aiohttp.connector")
	aioRequestCMType    = newAsyncioType("_RequestContextManager", "aiohttp.client")
	aioResponseType     = newAsyncioType("ClientResponse", "aiohttp.client_reqrep")
	aioRequestInfoType  = newAsyncioType("RequestInfo", "aiohttp.client_reqrep")
	aioBasicAuthType    = newAsyncioType("BasicAuth", "aiohttp.helpers")
	aioStreamReaderType = newAsyncioType("StreamReader", "aiohttp.streams")
)

// newAiohttpModule builds the aiohttp module; its requests need the
// network the host granted.
func newAiohttpModule(t *runtime.Thread, opts Options) (*runtime.Module, error) {
	m := newNativeModule("aiohttp")
	if opts.AllowNetwork {
		setNetworkAllowed(t)
	}
	d := m.Dict
	d.Set("__version__", runtime.Str(aiohttpVersion))
	for _, typ := range []*runtime.Type{aioSessionType, aioTimeoutType, aioConnectorType, aioResponseType, aioRequestInfoType, aioBasicAuthType} {
		d.Set(typ.Name, runtime.Obj(typ))
	}
	for _, typ := range aioExceptionTypes {
		d.Set(typ.Name, runtime.Obj(typ))
	}
	d.Set("CIMultiDict", runtime.Obj(ciMultiDictType))
	d.Set("CIMultiDictProxy", runtime.Obj(ciMultiDictProxyType))
	d.Set("request", newModuleFunc("aiohttp", "request", aioModuleRequest))
	return m, nil
}

// aioTimeout is aiohttp.ClientTimeout: each field None or seconds.
type aioTimeout struct {
	total, connect, sockRead, sockConnect runtime.Value
}

// Type makes aioTimeout an Object.
func (*aioTimeout) Type() *runtime.Type { return aioTimeoutType }

// aioTimeoutFields are ClientTimeout's fields in order.
var aioTimeoutFields = []string{"total", "connect", "sock_read", "sock_connect"}

// fields points at the fields in aioTimeoutFields' order.
func (to *aioTimeout) fields() []*runtime.Value {
	return []*runtime.Value{&to.total, &to.connect, &to.sockRead, &to.sockConnect}
}

// defaultAioTimeout is aiohttp's DEFAULT_TIMEOUT: five minutes in total.
func defaultAioTimeout() *aioTimeout {
	return &aioTimeout{total: runtime.Int(300), connect: runtime.None, sockRead: runtime.None, sockConnect: runtime.None}
}

// apply sets spec's timeouts from to.
func (to *aioTimeout) apply(t *runtime.Thread, spec *httpSpec) error {
	var err error
	if spec.total, err = httpTimeoutArg(t, to.total); err != nil {
		return err
	}
	if spec.read, err = httpTimeoutArg(t, to.sockRead); err != nil {
		return err
	}
	connect, err := httpTimeoutArg(t, to.connect)
	if err != nil {
		return err
	}
	sockConnect, err := httpTimeoutArg(t, to.sockConnect)
	if err != nil {
		return err
	}
	spec.connect = connect
	if sockConnect > 0 && (connect == 0 || sockConnect < connect) {
		spec.connect = sockConnect
	}
	return nil
}

// aioConnector is aiohttp.TCPConnector: the connection pool a session
// sends through. Requests made with ssl=False go through a second pool
// that skips certificate checks, made on first use.
type aioConnector struct {
	sess          *httpSession
	insecure      *httpSession
	limit         int
	limitPerHost  int
	maxConns      int
	forceClose    bool
	skipTLSVerify bool
}

// Type makes aioConnector an Object.
func (*aioConnector) Type() *runtime.Type { return aioConnectorType }

// newAioConnector makes a pool of at most limit connections (per host,
// see the README) kept alive for 15 s, aiohttp's keepalive_timeout.
func newAioConnector(limit, limitPerHost int, forceClose, skipTLSVerify bool) *aioConnector {
	maxConns := limit
	if limitPerHost > 0 && (maxConns == 0 || limitPerHost < maxConns) {
		maxConns = limitPerHost
	}
	c := &aioConnector{limit: limit, limitPerHost: limitPerHost, maxConns: maxConns, forceClose: forceClose, skipTLSVerify: skipTLSVerify}
	c.sess = c.newPool(skipTLSVerify)
	return c
}

// newPool makes one of the connector's pools: keep-alive for 15 s,
// aiohttp's keepalive_timeout.
func (c *aioConnector) newPool(skipTLSVerify bool) *httpSession {
	idle := c.maxConns
	if idle == 0 {
		idle = 100
	}
	s := newHTTPSession(c.maxConns, idle, 15*time.Second)
	s.transport.DisableKeepAlives = c.forceClose
	if skipTLSVerify {
		s.transport.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	}
	return s
}

// pool returns the pool for a request, insecure for ssl=False.
func (c *aioConnector) pool(insecure bool) *httpSession {
	if !insecure || c.skipTLSVerify {
		return c.sess
	}
	if c.insecure == nil {
		c.insecure = c.newPool(true)
	}
	return c.insecure
}

// close closes the connector's pools.
func (c *aioConnector) close() {
	c.sess.close()
	if c.insecure != nil {
		c.insecure.close()
	}
}

// aioSession is aiohttp.ClientSession.
type aioSession struct {
	conn           *aioConnector
	ownsConn       bool
	baseURL        *url.URL
	headers        *httpHeaders
	timeout        *aioTimeout
	timeoutV       runtime.Value
	raiseForStatus bool
	jsonSerialize  runtime.Value // Null: the json module's encoder
	auth           runtime.Value // a BasicAuth or None
}

// Type makes aioSession an Object.
func (*aioSession) Type() *runtime.Type { return aioSessionType }

// closed is session.closed.
func (s *aioSession) closed() bool { return s.conn == nil || s.conn.sess.closed }

// aioRequestArgs are the keyword arguments of ClientSession._request.
var aioRequestArgs = []string{"$params", "$data", "$json", "$headers", "$timeout", "$allow_redirects", "$max_redirects", "$raise_for_status", "$auth", "$ssl"}

// prepare builds the request for session.request(method, url, **kw).
func (s *aioSession) prepare(t *runtime.Thread, method string, urlV runtime.Value, kw []runtime.Value) (*httpSpec, bool, error) {
	params, data, jsonV, headersV, timeoutV, allowRedirects, maxRedirects, rfs := kw[0], kw[1], kw[2], kw[3], kw[4], kw[5], kw[6], kw[7]
	authV, sslV := kw[8], kw[9]
	var raw string
	switch u := urlV.Raw().(type) {
	case *httpURLValue:
		raw = u.u.String()
	default:
		s, ok := runtime.StrValue(urlV)
		if !ok {
			return nil, false, typeError("Constructor parameter should be str")
		}
		raw = s
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, false, runtime.NewException(aioInvalidURLType, runtime.Str(raw))
	}
	if s.baseURL != nil {
		u = s.baseURL.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		// yarl shows the URL percent-encoded.
		return nil, false, runtime.NewException(aioInvalidURLType, runtime.Str(u.String()))
	}
	u.Fragment, u.RawFragment = "", ""
	spec := &httpSpec{method: strings.ToUpper(method), url: u, follow: true, redirectLimit: 10}
	if !params.IsNull() && !params.IsNone() {
		pairs, err := httpPairs(t, params, "params", true, func(v runtime.Value) (string, error) { return httpParamValue(t, v, flavorAiohttp) })
		if err != nil {
			return nil, false, err
		}
		httpAddQuery(u, httpEncodeQuery(pairs, httpQuoteSafeYarl))
	}
	hs := s.headers.list()
	if !headersV.IsNull() && !headersV.IsNone() {
		extra, err := httpHeaderList(t, headersV)
		if err != nil {
			return nil, false, err
		}
		hs = httpMergeHeaders(hs, extra)
	}
	// aiohttp adds its own headers after the ones given.
	for _, h := range []httpHeader{{"Accept", "*/*"}, {"Accept-Encoding", "gzip, deflate"}, {"User-Agent", aiohttpUserAgent}} {
		if !httpHasHeader(hs, h.key) {
			hs = append(hs, h)
		}
	}
	hasData := !data.IsNull() && !data.IsNone()
	hasJSON := !jsonV.IsNull() && !jsonV.IsNone()
	ctype := ""
	switch {
	case hasData && hasJSON:
		return nil, false, valueError("data and json parameters can not be used at the same time")
	case hasJSON:
		if spec.body, err = s.serializeJSON(t, jsonV); err != nil {
			return nil, false, err
		}
		ctype = "application/json"
	case hasData:
		if str, ok := runtime.StrValue(data); ok {
			spec.body = []byte(str)
			ctype = "text/plain; charset=utf-8"
		} else if b, ok := runtime.BytesValue(data); ok {
			spec.body = append([]byte{}, b...)
			ctype = "application/octet-stream"
		} else {
			if spec.body, err = httpFormBody(t, data, flavorAiohttp); err != nil {
				return nil, false, err
			}
			ctype = "application/x-www-form-urlencoded"
		}
	}
	if authV.IsNull() || authV.IsNone() {
		authV = s.auth
	}
	if !authV.IsNone() {
		a, ok := authV.Raw().(*aioBasicAuth)
		if !ok {
			return nil, false, typeError("BasicAuth() tuple is required instead")
		}
		if httpHasHeader(hs, "Authorization") {
			return nil, false, valueError("Cannot combine AUTHORIZATION header with AUTH argument or credentials encoded in URL")
		}
		v, err := a.encode()
		if err != nil {
			return nil, false, err
		}
		hs = append(hs, httpHeader{"Authorization", v})
	}
	if !sslV.IsNull() && !sslV.IsNone() {
		if !sslV.IsBool() {
			return nil, false, typeError("ssl should be SSLContext, bool, Fingerprint or None, got %s instead.", runtime.ReprNoThread(sslV))
		}
		spec.insecure = !sslV.AsBool()
	}
	spec.header = httpFinishHeaders(hs, u, spec.body, ctype)
	to := s.timeout
	if !timeoutV.IsNull() {
		if x, ok := timeoutV.Raw().(*aioTimeout); ok {
			to = x
		} else {
			to = &aioTimeout{total: timeoutV, connect: runtime.None, sockRead: runtime.None, sockConnect: runtime.None}
		}
	}
	if err := to.apply(t, spec); err != nil {
		return nil, false, err
	}
	if !allowRedirects.IsNull() {
		if spec.follow, err = runtime.Truth(t, allowRedirects); err != nil {
			return nil, false, err
		}
	}
	if !maxRedirects.IsNull() {
		n, err := runtime.IndexInt(t, maxRedirects)
		if err != nil {
			return nil, false, err
		}
		// aiohttp treats max_redirects=0 as no limit.
		spec.redirectLimit = int(max(n, 0))
	}
	raise := s.raiseForStatus
	if !rfs.IsNull() && !rfs.IsNone() {
		if raise, err = runtime.Truth(t, rfs); err != nil {
			return nil, false, err
		}
	}
	return spec, raise, nil
}

// serializeJSON is the session's json_serialize (json.dumps by default).
func (s *aioSession) serializeJSON(t *runtime.Thread, v runtime.Value) ([]byte, error) {
	if s.jsonSerialize.IsNull() {
		return httpJSONBody(t, v, flavorAiohttp)
	}
	r, err := runtime.Call(t, s.jsonSerialize, []runtime.Value{v}, nil)
	if err != nil {
		return nil, err
	}
	str, ok := runtime.StrValue(r)
	if !ok {
		if b, isBytes := runtime.BytesValue(r); isBytes {
			return append([]byte{}, b...), nil
		}
		return nil, typeError("json_serialize must return str, not %s", r.TypeName())
	}
	return []byte(str), nil
}

// aioRequestCM is what session.get() and friends return: awaiting it
// sends the request and gives the response; `async with` also releases
// the response at the end of the block.
type aioRequestCM struct {
	sess    *aioSession
	spec    *httpSpec
	raise   bool
	started bool
	resp    *aioResponse
	onDone  func() // closes a session made for this request only
	// it is the await iterator when the object is driven as a coroutine
	// (create_task(session.get(url))).
	it runtime.Value
}

// awaitIter starts the request on first use and returns the iterator
// that awaits its response.
func (cm *aioRequestCM) awaitIter(t *runtime.Thread) (runtime.Value, error) {
	if cm.it.IsNull() {
		fut, err := cm.start(t)
		if err != nil {
			return runtime.Null, err
		}
		it, err := runtime.GetAwaitIter(t, fut.Value())
		if err != nil {
			return runtime.Null, err
		}
		cm.it = it
	}
	return cm.it, nil
}

// Send makes the request object a coroutine, as aiohttp's
// _BaseRequestContextManager is one: a task can run it directly.
func (cm *aioRequestCM) Send(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, runtime.Value, error) {
	it, err := cm.awaitIter(t)
	if err != nil {
		return runtime.Null, false, runtime.Null, err
	}
	return runtime.AwaitStep(t, it, v, nil)
}

// Throw delivers exc (a cancellation) where the request waits.
func (cm *aioRequestCM) Throw(t *runtime.Thread, exc *runtime.Instance) (runtime.Value, bool, runtime.Value, error) {
	it, err := cm.awaitIter(t)
	if err != nil {
		return runtime.Null, false, runtime.Null, err
	}
	return runtime.AwaitStep(t, it, runtime.Null, exc)
}

// Type makes aioRequestCM an Object.
func (*aioRequestCM) Type() *runtime.Type { return aioRequestCMType }

// start sends the request; the future resolves to the ClientResponse.
func (cm *aioRequestCM) start(t *runtime.Thread) (*runtime.Future, error) {
	if cm.started {
		return nil, runtime.Errorf(runtime.RuntimeErrorType, "cannot reuse already awaited coroutine")
	}
	cm.started = true
	if cm.sess.closed() {
		return nil, runtime.Errorf(runtime.RuntimeErrorType, "Session is closed")
	}
	spec := cm.spec
	return cm.sess.conn.pool(spec.insecure).start(t, spec, func(t *runtime.Thread, r *httpResult) (runtime.Value, error) {
		if cm.onDone != nil {
			defer cm.onDone()
		}
		if r.fail != httpOK {
			return runtime.Null, aioFailure(t, spec, r)
		}
		resp := newAioResponse(spec, r)
		if cm.raise && resp.hop.status >= 400 {
			return runtime.Null, resp.statusError(aioClientResponseErrorType, resp.hop.reason)
		}
		return runtime.Obj(resp), nil
	})
}

// aioFailure is the exception aiohttp raises for a failed request.
func aioFailure(t *runtime.Thread, spec *httpSpec, r *httpResult) *runtime.Instance {
	switch r.fail {
	case httpConnectError:
		de := r.dial
		osErr := de.res.exception()
		typ := aioClientConnectorErrorType
		if de.res.dnsErr != nil {
			typ = aioClientConnectorDNSErrorType
		}
		e := runtime.NewException(typ, runtime.None, runtime.Obj(osErr))
		errno, err := runtime.GetAttr(t, runtime.Obj(osErr), "errno")
		if err != nil {
			errno = runtime.None
		}
		msg, err := runtime.GetAttr(t, runtime.Obj(osErr), "strerror")
		if err != nil || msg.IsNone() {
			// A plain OSError (several addresses failed, or no address):
			// its text stands in for strerror.
			msg = runtime.Str(runtime.ExceptionMessage(osErr))
		}
		e.Dict.Set("errno", errno)
		e.Dict.Set("strerror", msg)
		e.Dict.Set("os_error", runtime.Obj(osErr))
		e.Dict.Set("host", runtime.Str(spec.url.Hostname()))
		e.Dict.Set("port", runtime.Int(int64(de.port)))
		e.Dict.Set("ssl", runtime.True)
		e.Exc.Cause = osErr
		return e
	case httpConnectTimeout:
		return runtime.Errorf(aioConnectionTimeoutErrorType, "Connection timeout to host %s", spec.url.String())
	case httpReadTimeout:
		return runtime.Errorf(aioSocketTimeoutErrorType, "Timeout on reading data from socket")
	case httpTotalTimeout:
		return runtime.NewException(runtime.TimeoutErrorType)
	case httpTooManyRedirects:
		info := newAioRequestInfo(spec.method, spec.url, spec.header)
		hist := make([]runtime.Value, len(r.history)+1)
		for i, h := range append(r.history, r.httpHop) {
			hist[i] = runtime.Obj(&aioResponse{hop: h, headers: newHTTPHeaders(flavorAiohttp, h.header), released: true, info: info})
		}
		return aioResponseError(aioTooManyRedirectsType, info, runtime.NewTuple(hist), 0, "", runtime.None)
	case httpSessionClosed, httpCancelled:
		return runtime.Errorf(aioClientConnectionErrorType, "Connection closed")
	case httpDisconnected:
		return runtime.Errorf(aioServerDisconnectedErrorType, "Server disconnected")
	case httpPayloadError:
		return runtime.Errorf(aioClientPayloadErrorType, "Response payload is not completed")
	case httpDecodeError:
		return runtime.Errorf(aioClientPayloadErrorType, "Can not decode content-encoding: %s", r.header.Get("Content-Encoding"))
	}
	if errno, ok := errnoOf(r.err); ok {
		return runtime.NewException(aioClientOSErrorType, runtime.Int(int64(errno)), runtime.Str(strerror(errno)))
	}
	return runtime.Errorf(aioClientConnectionErrorType, "%s", r.err.Error())
}

// aioResponseError makes a ClientResponseError (or subclass) with its
// attributes.
func aioResponseError(typ *runtime.Type, info, history runtime.Value, status int, message string, headers runtime.Value) *runtime.Instance {
	e := runtime.NewException(typ, info, history)
	e.Dict.Set("request_info", info)
	e.Dict.Set("history", history)
	e.Dict.Set("status", runtime.Int(int64(status)))
	e.Dict.Set("message", runtime.Str(message))
	e.Dict.Set("headers", headers)
	return e
}

// aioRequestInfo is aiohttp's RequestInfo(url, method, headers, real_url).
type aioRequestInfo struct {
	method  string
	url     *url.URL
	headers *httpHeaders
}

// Type makes aioRequestInfo an Object.
func (*aioRequestInfo) Type() *runtime.Type { return aioRequestInfoType }

// newAioRequestInfo records what a request sent.
func newAioRequestInfo(method string, u *url.URL, hs []httpHeader) runtime.Value {
	return runtime.Obj(&aioRequestInfo{method: method, url: u, headers: headersFromList(flavorAiohttp, false, hs)})
}

// aioResponse is aiohttp.ClientResponse. The body is already read; the
// flags keep aiohttp's rules about reading after release.
type aioResponse struct {
	hop      httpHop
	headers  *httpHeaders
	body     []byte
	bodyRead bool
	released bool
	history  runtime.Value
	info     runtime.Value
	content  *aioContent // resp.content, made on first use
}

// aioContent is resp.content, aiohttp's StreamReader over the body: what
// it hands out is consumed, as from the socket.
type aioContent struct {
	resp *aioResponse
	pos  int
}

// Type makes aioContent an Object.
func (*aioContent) Type() *runtime.Type { return aioStreamReaderType }

// take consumes up to n bytes (n < 0: all), failing once the response
// was released with the body unread.
func (c *aioContent) take(n int) (runtime.Value, error) {
	r := c.resp
	if r.released && !r.bodyRead {
		return runtime.Null, runtime.Errorf(aioClientConnectionErrorType, "Connection closed")
	}
	rest := r.body[c.pos:]
	if n < 0 || n > len(rest) {
		n = len(rest)
	}
	c.pos += n
	return runtime.NewBytes(append([]byte{}, rest[:n]...)), nil
}

// line consumes through the next newline.
func (c *aioContent) line() (runtime.Value, error) {
	rest := c.resp.body[c.pos:]
	n := bytes.IndexByte(rest, '\n') + 1
	if n == 0 {
		n = len(rest)
	}
	return c.take(n)
}

// Type makes aioResponse an Object.
func (*aioResponse) Type() *runtime.Type { return aioResponseType }

// newAioResponse wraps a finished request, its redirects as history.
func newAioResponse(spec *httpSpec, r *httpResult) *aioResponse {
	info := newAioRequestInfo(spec.method, spec.url, spec.header)
	hist := make([]runtime.Value, len(r.history))
	for i, h := range r.history {
		hist[i] = runtime.Obj(&aioResponse{hop: h, headers: newHTTPHeaders(flavorAiohttp, h.header), released: true, info: info, history: runtime.NewTuple(nil)})
	}
	return &aioResponse{hop: r.httpHop, headers: newHTTPHeaders(flavorAiohttp, r.header), body: r.body, history: runtime.NewTuple(hist), info: info}
}

// contentType is the media type, application/octet-stream when absent.
func (r *aioResponse) contentType() string {
	ct := r.headers.first("Content-Type")
	if ct == "" {
		return "application/octet-stream"
	}
	return httpMime(ct)
}

// encoding is get_encoding(): the charset, else UTF-8.
func (r *aioResponse) encoding() string {
	if cs := httpCharset(r.headers.first("Content-Type")); cs != "" {
		return cs
	}
	return "utf-8"
}

// statusError is the ClientResponseError raise_for_status raises.
func (r *aioResponse) statusError(typ *runtime.Type, message string) *runtime.Instance {
	r.released = true
	return aioResponseError(typ, r.info, r.history, r.hop.status, message, runtime.Obj(r.headers))
}

// read is the body, unless the response was released before it was read.
// What resp.content handed out is no longer there, as in aiohttp.
func (r *aioResponse) read() (runtime.Value, error) {
	if !r.bodyRead && r.released {
		return runtime.Null, runtime.Errorf(aioClientConnectionErrorType, "Connection closed")
	}
	if !r.bodyRead && r.content != nil {
		r.body = r.body[r.content.pos:]
		r.content.pos = 0
	}
	r.bodyRead = true
	return runtime.NewBytes(r.body), nil
}

// aioJSONRe is aiohttp's check of a JSON content type.
var aioJSONRe = regexp.MustCompile(`^application/(?:[\w.+-]+?\+)?json`)

// aioConnectorDefault makes a session's own connector.
func aioConnectorDefault() *aioConnector { return newAioConnector(100, 0, false, false) }

// aioSessionNew is ClientSession(base_url=None, *, connector=None,
// headers=None, timeout=..., raise_for_status=False, json_serialize=...,
// connector_owner=True).
func aioSessionNew(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var baseURL, connector, loopV, headers, timeout, rfs, jsonSer, owner, auth runtime.Value
	if err := pyArgs("ClientSession.__init__", true, args, kwnames, 0,
		[]string{"base_url", "$connector", "$loop", "$headers", "$timeout", "$raise_for_status", "$json_serialize", "$connector_owner", "$auth"},
		&baseURL, &connector, &loopV, &headers, &timeout, &rfs, &jsonSer, &owner, &auth); err != nil {
		return runtime.Null, err
	}
	s := &aioSession{ownsConn: true, jsonSerialize: runtime.Null, auth: runtime.None}
	if !auth.IsNull() && !auth.IsNone() {
		if _, ok := auth.Raw().(*aioBasicAuth); !ok {
			return runtime.Null, typeError("BasicAuth() tuple is required instead")
		}
		s.auth = auth
	}
	if !baseURL.IsNull() && !baseURL.IsNone() {
		var raw string
		if u, ok := baseURL.Raw().(*httpURLValue); ok {
			raw = u.u.String()
		} else if str, ok := runtime.StrValue(baseURL); ok {
			raw = str
		} else {
			return runtime.Null, typeError("Constructor parameter should be str")
		}
		u, err := url.Parse(raw)
		if err != nil || u.Host == "" {
			return runtime.Null, runtime.NewException(aioInvalidURLType, runtime.Str(raw))
		}
		s.baseURL = u
	}
	if !connector.IsNull() && !connector.IsNone() {
		c, ok := connector.Raw().(*aioConnector)
		if !ok {
			return runtime.Null, typeError("connector must be a TCPConnector, not %s", connector.TypeName())
		}
		if c.sess.closed {
			return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "Session and connector has to use same event loop")
		}
		s.conn = c
	} else {
		s.conn = aioConnectorDefault()
	}
	if !owner.IsNull() {
		b, err := runtime.Truth(t, owner)
		if err != nil {
			return runtime.Null, err
		}
		s.ownsConn = b
	}
	hs, err := httpHeaderList(t, headers)
	if err != nil {
		return runtime.Null, err
	}
	s.headers = headersFromList(flavorAiohttp, true, hs)
	s.timeout = defaultAioTimeout()
	s.timeoutV = runtime.Obj(s.timeout)
	if !timeout.IsNull() && !timeout.IsNone() {
		to, ok := timeout.Raw().(*aioTimeout)
		if !ok {
			return runtime.Null, typeError("timeout parameter cannot be of %s type, please use 'timeout=ClientTimeout(...)'", runtime.TypeRepr(timeout.Type()))
		}
		s.timeout, s.timeoutV = to, timeout
	}
	if !rfs.IsNull() {
		if s.raiseForStatus, err = runtime.Truth(t, rfs); err != nil {
			return runtime.Null, err
		}
	}
	if !jsonSer.IsNull() {
		s.jsonSerialize = jsonSer
	}
	return asyncWrap(cls, s), nil
}

// aioRequestMethod makes session.<verb>(url, **kwargs).
func aioRequestMethod(verb string) runtime.MethodFunc {
	return func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		s, err := httpSelf[*aioSession](self, aioSessionType)
		if err != nil {
			return runtime.Null, err
		}
		method := verb
		params := append([]string{"str_or_url"}, aioRequestArgs...)
		if verb == "" {
			params = append([]string{"method"}, params...)
		}
		vals := make([]runtime.Value, len(params))
		ptrs := make([]*runtime.Value, len(params))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		nreq := 1
		if verb == "" {
			nreq = 2
		}
		if err := pyArgs("ClientSession._request", true, args, kwnames, nreq, params, ptrs...); err != nil {
			return runtime.Null, err
		}
		if verb == "" {
			m, ok := runtime.StrValue(vals[0])
			if !ok {
				return runtime.Null, typeError("method must be str, not %s", vals[0].TypeName())
			}
			method, vals = m, vals[1:]
		}
		spec, raise, err := s.prepare(t, method, vals[0], vals[1:])
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(&aioRequestCM{sess: s, spec: spec, raise: raise}), nil
	}
}

// aioModuleRequest is aiohttp.request(method, url, **kwargs): a request
// on a session of its own, closed with the response.
func aioModuleRequest(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	s := &aioSession{conn: aioConnectorDefault(), ownsConn: true, timeout: defaultAioTimeout(), headers: headersFromList(flavorAiohttp, true, nil), jsonSerialize: runtime.Null, auth: runtime.None}
	s.timeoutV = runtime.Obj(s.timeout)
	v, err := aioRequestMethod("")(t, runtime.Obj(s), args, kwnames)
	if err != nil {
		s.conn.close()
		return runtime.Null, err
	}
	cm := v.Raw().(*aioRequestCM)
	cm.onDone = s.conn.close
	return v, nil
}

// aioCoro makes a coroutine that returns fn's result at its first step.
func aioCoro(name, qualname string, fn func(t *runtime.Thread) (runtime.Value, error)) runtime.Value {
	return newAsyncCoro(name, qualname, func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		return fn(t)
	})
}

// init defines the aiohttp classes.
func init() {
	installAioExceptions()
	installAioTimeout()
	installAioConnector()
	installAioSession()
	installAioRequestCM()
	installAioResponse()
	installAioRequestInfo()
	installAioBasicAuth()
	installAioContent()
}

// installAioExceptions gives the exception classes aiohttp's
// constructors and messages.
func installAioExceptions() {
	for _, typ := range []*runtime.Type{aioClientResponseErrorType, aioContentTypeErrorType, aioTooManyRedirectsType} {
		typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			var info, history, code, status, message, headers runtime.Value
			if err := pyArgs("ClientResponseError.__init__", true, args, kwnames, 2,
				[]string{"request_info", "history", "$code", "$status", "$message", "$headers"},
				&info, &history, &code, &status, &message, &headers); err != nil {
				return runtime.Null, err
			}
			st := runtime.Int(0)
			switch {
			case !status.IsNull() && !status.IsNone():
				st = status
			case !code.IsNull() && !code.IsNone():
				st = code
			}
			if message.IsNull() {
				message = runtime.Str("")
			}
			if headers.IsNull() {
				headers = runtime.None
			}
			e := runtime.NewException(cls, info, history)
			for k, v := range map[string]runtime.Value{"request_info": info, "history": history, "status": st, "message": message, "headers": headers} {
				e.Dict.Set(k, v)
			}
			return runtime.Obj(e), nil
		}
		typ.Slots.Str = func(t *runtime.Thread, v runtime.Value) (string, error) {
			e, ok := v.Raw().(*runtime.Instance)
			if !ok || e.Exc == nil {
				return "", typeError("descriptor '__str__' requires a 'BaseException' object but received a '%s'", v.TypeName())
			}
			status, _ := e.Dict.Get("status")
			message, _ := e.Dict.Get("message")
			info, _ := e.Dict.Get("request_info")
			if status.IsNull() || message.IsNull() || info.IsNull() {
				return runtime.ExceptionMessage(e), nil
			}
			st, err := runtime.ToStr(t, status)
			if err != nil {
				return "", err
			}
			msg, err := runtime.Repr(t, message)
			if err != nil {
				return "", err
			}
			realURL, err := runtime.GetAttr(t, info, "real_url")
			if err != nil {
				return "", err
			}
			u, err := runtime.ToStr(t, realURL)
			if err != nil {
				return "", err
			}
			return st + ", message=" + msg + ", url=" + runtime.ReprNoThread(runtime.Str(u)), nil
		}
	}
	for _, typ := range []*runtime.Type{aioClientConnectorErrorType, aioClientConnectorDNSErrorType} {
		typ.Slots.Str = func(t *runtime.Thread, v runtime.Value) (string, error) {
			e, ok := v.Raw().(*runtime.Instance)
			if !ok || e.Exc == nil {
				return "", typeError("descriptor '__str__' requires a 'BaseException' object but received a '%s'", v.TypeName())
			}
			host, ok1 := e.Dict.Get("host")
			port, ok2 := e.Dict.Get("port")
			strerror, ok3 := e.Dict.Get("strerror")
			if !ok1 || !ok2 || !ok3 {
				return runtime.ExceptionMessage(e), nil
			}
			parts := make([]string, 3)
			for i, x := range []runtime.Value{host, port, strerror} {
				s, err := runtime.ToStr(t, x)
				if err != nil {
					return "", err
				}
				parts[i] = s
			}
			return "Cannot connect to host " + parts[0] + ":" + parts[1] + " ssl:default [" + parts[2] + "]", nil
		}
	}
	aioServerDisconnectedErrorType.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var message runtime.Value
		if err := pyArgs("ServerDisconnectedError.__init__", true, args, kwnames, 0, []string{"message"}, &message); err != nil {
			return runtime.Null, err
		}
		if message.IsNull() || message.IsNone() {
			message = runtime.Str("Server disconnected")
		}
		e := runtime.NewException(cls, message)
		e.Dict.Set("message", message)
		return runtime.Obj(e), nil
	}
}

// installAioTimeout defines ClientTimeout.
func installAioTimeout() {
	typ := aioTimeoutType
	typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		to := &aioTimeout{}
		if err := pyArgs("ClientTimeout.__init__", true, args, kwnames, 0, aioTimeoutFields, to.fields()...); err != nil {
			return runtime.Null, err
		}
		for _, f := range to.fields() {
			if f.IsNull() {
				*f = runtime.None
			}
		}
		return runtime.Obj(to), nil
	}
	self := func(v runtime.Value) (*aioTimeout, error) { return httpSelf[*aioTimeout](v, typ) }
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		to, err := self(v)
		if err != nil {
			return "", err
		}
		parts := make([]string, 4)
		for i, f := range to.fields() {
			r, err := runtime.Repr(t, *f)
			if err != nil {
				return "", err
			}
			parts[i] = aioTimeoutFields[i] + "=" + r
		}
		return "ClientTimeout(" + strings.Join(parts, ", ") + ")", nil
	}
	typ.Slots.Compare = func(t *runtime.Thread, a, b runtime.Value, op runtime.CmpOp) (runtime.Value, error) {
		x, ok1 := a.Raw().(*aioTimeout)
		y, ok2 := b.Raw().(*aioTimeout)
		if !ok1 || !ok2 || (op != runtime.CmpEq && op != runtime.CmpNe) {
			return runtime.NotImplemented, nil
		}
		same := true
		for i, f := range x.fields() {
			eq, err := runtime.Equal(t, *f, *y.fields()[i])
			if err != nil {
				return runtime.Null, err
			}
			same = same && eq
		}
		return runtime.Bool(same == (op == runtime.CmpEq)), nil
	}
	for i, name := range aioTimeoutFields {
		i := i
		typ.Dict.Set(name, httpProp(name, func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
			to, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return *to.fields()[i], nil
		}))
	}
}

// installAioConnector defines TCPConnector(*, limit=100,
// limit_per_host=0, force_close=False, ssl=True).
func installAioConnector() {
	typ := aioConnectorType
	typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var limit, perHost, force, ssl runtime.Value
		if err := pyArgs("TCPConnector.__init__", true, args, kwnames, 0, []string{"$limit", "$limit_per_host", "$force_close", "$ssl"}, &limit, &perHost, &force, &ssl); err != nil {
			return runtime.Null, err
		}
		n, per := int64(100), int64(0)
		var err error
		if !limit.IsNull() {
			if n, err = runtime.IndexInt(t, limit); err != nil {
				return runtime.Null, err
			}
		}
		if !perHost.IsNull() {
			if per, err = runtime.IndexInt(t, perHost); err != nil {
				return runtime.Null, err
			}
		}
		fc, skip := false, false
		if !force.IsNull() {
			if fc, err = runtime.Truth(t, force); err != nil {
				return runtime.Null, err
			}
		}
		if !ssl.IsNull() && ssl.IsBool() && !ssl.AsBool() {
			skip = true
		}
		return runtime.Obj(newAioConnector(int(max(n, 0)), int(max(per, 0)), fc, skip)), nil
	}
	self := func(v runtime.Value) (*aioConnector, error) { return httpSelf[*aioConnector](v, typ) }
	typ.Dict.Set("closed", httpProp("closed", func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
		c, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Bool(c.sess.closed), nil
	}))
	typ.Dict.Set("limit", httpProp("limit", func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
		c, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Int(int64(c.limit)), nil
	}))
	typ.Dict.Set("limit_per_host", httpProp("limit_per_host", func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
		c, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Int(int64(c.limitPerHost)), nil
	}))
	typ.AddMethod("close", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		c, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		if err := runtime.ArgCount("close", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return aioCoro("close", "BaseConnector.close", func(t *runtime.Thread) (runtime.Value, error) {
			c.close()
			return runtime.None, nil
		}), nil
	})
}

// installAioSession defines ClientSession.
func installAioSession() {
	typ := aioSessionType
	typ.New = aioSessionNew
	self := func(v runtime.Value) (*aioSession, error) { return httpSelf[*aioSession](v, typ) }
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		return runtime.DefaultRepr(v), nil
	}
	for _, verb := range []string{"get", "post", "put", "delete", "patch", "head", "options"} {
		typ.AddMethod(verb, aioRequestMethod(strings.ToUpper(verb)))
	}
	typ.AddMethod("request", aioRequestMethod(""))
	closeCoro := func(s *aioSession, name string) runtime.Value {
		return aioCoro(name, "ClientSession."+name, func(t *runtime.Thread) (runtime.Value, error) {
			if !s.closed() && s.ownsConn {
				s.conn.close()
			}
			if !s.ownsConn {
				s.conn = nil
			}
			return runtime.None, nil
		})
	}
	typ.AddMethod("close", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		s, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		if err := runtime.ArgCount("close", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return closeCoro(s, "close"), nil
	})
	typ.AddMethod("__aenter__", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("__aenter__", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return aioCoro("__aenter__", "ClientSession.__aenter__", func(t *runtime.Thread) (runtime.Value, error) { return v, nil }), nil
	})
	typ.AddMethod("__aexit__", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		s, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		return closeCoro(s, "__aexit__"), nil
	})
	prop := func(name string, get func(t *runtime.Thread, s *aioSession) runtime.Value) {
		typ.Dict.Set(name, httpProp(name, func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
			s, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return get(t, s), nil
		}))
	}
	prop("closed", func(t *runtime.Thread, s *aioSession) runtime.Value { return runtime.Bool(s.closed()) })
	prop("headers", func(t *runtime.Thread, s *aioSession) runtime.Value { return runtime.Obj(s.headers) })
	prop("timeout", func(t *runtime.Thread, s *aioSession) runtime.Value { return s.timeoutV })
	prop("connector", func(t *runtime.Thread, s *aioSession) runtime.Value {
		if s.conn == nil {
			return runtime.None
		}
		return runtime.Obj(s.conn)
	})
	prop("connector_owner", func(t *runtime.Thread, s *aioSession) runtime.Value { return runtime.Bool(s.ownsConn) })
	prop("raise_for_status", func(t *runtime.Thread, s *aioSession) runtime.Value { return runtime.Bool(s.raiseForStatus) })
}

// installAioRequestCM defines the request context manager.
func installAioRequestCM() {
	typ := aioRequestCMType
	// aiohttp's request context manager is a collections.abc.Coroutine.
	typ.CoroutineLike = true
	self := func(v runtime.Value) (*aioRequestCM, error) { return httpSelf[*aioRequestCM](v, typ) }
	typ.AddMethod("__await__", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		cm, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		fut, err := cm.start(t)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.GetAwaitIter(t, fut.Value())
	})
	typ.AddMethod("__aenter__", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		cm, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		return newAsyncCoro("__aenter__", "_BaseRequestContextManager.__aenter__", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
			if c.PC == 0 {
				fut, err := cm.start(t)
				if err != nil {
					return runtime.Null, err
				}
				c.PC = 1
				return c.Await(fut.Value())
			}
			if err != nil {
				return runtime.Null, err
			}
			cm.resp, _ = r.Raw().(*aioResponse)
			return r, nil
		}), nil
	})
	typ.AddMethod("__aexit__", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		cm, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		return aioCoro("__aexit__", "_RequestContextManager.__aexit__", func(t *runtime.Thread) (runtime.Value, error) {
			if cm.resp != nil {
				cm.resp.released = true
			}
			return runtime.None, nil
		}), nil
	})
}

// installAioResponse defines ClientResponse.
func installAioResponse() {
	typ := aioResponseType
	self := func(v runtime.Value) (*aioResponse, error) { return httpSelf[*aioResponse](v, typ) }
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		r, err := self(v)
		if err != nil {
			return "", err
		}
		h, err := r.headers.repr(t)
		if err != nil {
			return "", err
		}
		reason, _ := runtime.Encode(r.hop.reason, "ascii", "backslashreplace")
		return "<ClientResponse(" + r.hop.url.String() + ") [" + strconv.Itoa(r.hop.status) + " " + string(reason) + "]>\n" + h + "\n", nil
	}
	prop := func(name string, get func(t *runtime.Thread, r *aioResponse) (runtime.Value, error)) {
		typ.Dict.Set(name, httpProp(name, func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
			r, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return get(t, r)
		}))
	}
	prop("status", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) {
		return runtime.Int(int64(r.hop.status)), nil
	})
	prop("reason", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) { return runtime.Str(r.hop.reason), nil })
	prop("method", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) { return runtime.Str(r.hop.method), nil })
	prop("url", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) {
		return newHTTPURL(flavorAiohttp, r.hop.url), nil
	})
	prop("real_url", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) {
		return newHTTPURL(flavorAiohttp, r.hop.url), nil
	})
	prop("host", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) {
		return runtime.Str(r.hop.url.Hostname()), nil
	})
	prop("headers", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) { return runtime.Obj(r.headers), nil })
	prop("ok", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) {
		return runtime.Bool(r.hop.status < 400), nil
	})
	prop("content_type", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) {
		return runtime.Str(r.contentType()), nil
	})
	prop("charset", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) {
		if cs := httpCharset(r.headers.first("Content-Type")); cs != "" {
			return runtime.Str(cs), nil
		}
		return runtime.None, nil
	})
	prop("content_length", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) {
		if n, err := strconv.Atoi(r.headers.first("Content-Length")); err == nil {
			return runtime.Int(int64(n)), nil
		}
		return runtime.None, nil
	})
	prop("history", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) { return r.history, nil })
	prop("request_info", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) { return r.info, nil })
	prop("closed", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) { return runtime.Bool(r.released), nil })
	prop("content", func(t *runtime.Thread, r *aioResponse) (runtime.Value, error) {
		if r.content == nil {
			r.content = &aioContent{resp: r}
		}
		return runtime.Obj(r.content), nil
	})
	m := func(name string, fn func(t *runtime.Thread, v runtime.Value, r *aioResponse, args []runtime.Value, kwnames []string) (runtime.Value, error)) {
		typ.AddMethod(name, func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			r, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return fn(t, v, r, args, kwnames)
		})
	}
	m("read", func(t *runtime.Thread, v runtime.Value, r *aioResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("read", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		return aioCoro("read", "ClientResponse.read", func(t *runtime.Thread) (runtime.Value, error) { return r.read() }), nil
	})
	m("text", func(t *runtime.Thread, v runtime.Value, r *aioResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var encV, errsV runtime.Value
		if err := pyArgs("ClientResponse.text", true, args, kwnames, 0, []string{"encoding", "errors"}, &encV, &errsV); err != nil {
			return runtime.Null, err
		}
		return aioCoro("text", "ClientResponse.text", func(t *runtime.Thread) (runtime.Value, error) {
			if _, err := r.read(); err != nil {
				return runtime.Null, err
			}
			enc, errs := r.encoding(), "strict"
			if s, ok := runtime.StrValue(encV); ok {
				enc = s
			}
			if s, ok := runtime.StrValue(errsV); ok {
				errs = s
			}
			s, err := runtime.Decode(r.body, enc, errs)
			if err != nil {
				return runtime.Null, err
			}
			return runtime.Str(s), nil
		}), nil
	})
	m("json", func(t *runtime.Thread, v runtime.Value, r *aioResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var encV, loads, ctypeV runtime.Value
		if err := pyArgs("ClientResponse.json", true, args, kwnames, 0, []string{"$encoding", "$loads", "$content_type"}, &encV, &loads, &ctypeV); err != nil {
			return runtime.Null, err
		}
		return aioCoro("json", "ClientResponse.json", func(t *runtime.Thread) (runtime.Value, error) {
			if _, err := r.read(); err != nil {
				return runtime.Null, err
			}
			want := "application/json"
			if !ctypeV.IsNull() {
				want = ""
				if ok, err := runtime.Truth(t, ctypeV); err != nil {
					return runtime.Null, err
				} else if ok {
					if want, err = runtime.ToStr(t, ctypeV); err != nil {
						return runtime.Null, err
					}
				}
			}
			if want != "" {
				got := strings.ToLower(r.headers.first("Content-Type"))
				match := strings.Contains(got, want)
				if want == "application/json" {
					match = aioJSONRe.MatchString(got)
				}
				if !match {
					return runtime.Null, r.statusError(aioContentTypeErrorType, "Attempt to decode JSON with unexpected mimetype: "+got)
				}
			}
			body := strings.TrimSpace(string(r.body))
			if body == "" {
				return runtime.None, nil
			}
			enc := r.encoding()
			if s, ok := runtime.StrValue(encV); ok {
				enc = s
			}
			text, err := runtime.Decode([]byte(body), enc, "strict")
			if err != nil {
				return runtime.Null, err
			}
			if !loads.IsNull() {
				return runtime.Call(t, loads, []runtime.Value{runtime.Str(text)}, nil)
			}
			return jsonDecode(t, "loads", runtime.Str(text), nil, nil)
		}), nil
	})
	m("get_encoding", func(t *runtime.Thread, v runtime.Value, r *aioResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.Str(r.encoding()), runtime.ArgCount("get_encoding", args, kwnames, 0, 0)
	})
	m("raise_for_status", func(t *runtime.Thread, v runtime.Value, r *aioResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("raise_for_status", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		if r.hop.status >= 400 {
			return runtime.Null, r.statusError(aioClientResponseErrorType, r.hop.reason)
		}
		return runtime.None, nil
	})
	m("release", func(t *runtime.Thread, v runtime.Value, r *aioResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("release", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		r.released = true
		return httpDoneAwaitable(t), nil
	})
	m("close", func(t *runtime.Thread, v runtime.Value, r *aioResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("close", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		r.released = true
		return runtime.None, nil
	})
	m("__aenter__", func(t *runtime.Thread, v runtime.Value, r *aioResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return aioCoro("__aenter__", "ClientResponse.__aenter__", func(t *runtime.Thread) (runtime.Value, error) { return v, nil }), nil
	})
	m("__aexit__", func(t *runtime.Thread, v runtime.Value, r *aioResponse, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return aioCoro("__aexit__", "ClientResponse.__aexit__", func(t *runtime.Thread) (runtime.Value, error) {
			r.released = true
			return runtime.None, nil
		}), nil
	})
}

// installAioRequestInfo defines RequestInfo.
func installAioRequestInfo() {
	typ := aioRequestInfoType
	self := func(v runtime.Value) (*aioRequestInfo, error) { return httpSelf[*aioRequestInfo](v, typ) }
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		ri, err := self(v)
		if err != nil {
			return "", err
		}
		u := "URL(" + runtime.ReprNoThread(runtime.Str(ri.url.String())) + ")"
		h, _ := ri.headers.repr(t)
		return "RequestInfo(url=" + u + ", method=" + runtime.ReprNoThread(runtime.Str(ri.method)) + ", headers=" + h + ", real_url=" + u + ")", nil
	}
	get := map[string]func(ri *aioRequestInfo) runtime.Value{
		"url":      func(ri *aioRequestInfo) runtime.Value { return newHTTPURL(flavorAiohttp, ri.url) },
		"real_url": func(ri *aioRequestInfo) runtime.Value { return newHTTPURL(flavorAiohttp, ri.url) },
		"method":   func(ri *aioRequestInfo) runtime.Value { return runtime.Str(ri.method) },
		"headers":  func(ri *aioRequestInfo) runtime.Value { return runtime.Obj(ri.headers) },
	}
	for _, name := range []string{"url", "method", "headers", "real_url"} {
		fn := get[name]
		typ.Dict.Set(name, httpProp(name, func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
			ri, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return fn(ri), nil
		}))
	}
}

// aioBasicAuth is aiohttp.BasicAuth(login, password=”, encoding='latin1').
type aioBasicAuth struct {
	login, password, encoding string
}

// Type makes aioBasicAuth an Object.
func (*aioBasicAuth) Type() *runtime.Type { return aioBasicAuthType }

// encode is the Authorization header value.
func (a *aioBasicAuth) encode() (string, error) {
	b, err := runtime.Encode(a.login+":"+a.password, a.encoding, "strict")
	if err != nil {
		return "", err
	}
	return "Basic " + base64.StdEncoding.EncodeToString(b), nil
}

// installAioBasicAuth defines BasicAuth.
func installAioBasicAuth() {
	typ := aioBasicAuthType
	typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var login, password, encoding runtime.Value
		if err := pyArgs("BasicAuth.__new__", true, args, kwnames, 1, []string{"login", "password", "encoding"}, &login, &password, &encoding); err != nil {
			return runtime.Null, err
		}
		a := &aioBasicAuth{encoding: "latin1"}
		if login.IsNone() {
			return runtime.Null, valueError("None is not allowed as login value")
		}
		if password.IsNone() {
			return runtime.Null, valueError("None is not allowed as password value")
		}
		var ok bool
		if a.login, ok = runtime.StrValue(login); !ok {
			return runtime.Null, typeError("login must be str, not %s", login.TypeName())
		}
		if strings.Contains(a.login, ":") {
			return runtime.Null, valueError(`A ":" is not allowed in login (RFC 1945#section-11.1)`)
		}
		if !password.IsNull() {
			if a.password, ok = runtime.StrValue(password); !ok {
				return runtime.Null, typeError("password must be str, not %s", password.TypeName())
			}
		}
		if !encoding.IsNull() {
			if a.encoding, ok = runtime.StrValue(encoding); !ok {
				return runtime.Null, typeError("encoding must be str, not %s", encoding.TypeName())
			}
		}
		return runtime.Obj(a), nil
	}
	self := func(v runtime.Value) (*aioBasicAuth, error) { return httpSelf[*aioBasicAuth](v, typ) }
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		a, err := self(v)
		if err != nil {
			return "", err
		}
		q := func(s string) string { return runtime.ReprNoThread(runtime.Str(s)) }
		return "BasicAuth(login=" + q(a.login) + ", password=" + q(a.password) + ", encoding=" + q(a.encoding) + ")", nil
	}
	for _, name := range []string{"login", "password", "encoding"} {
		name := name
		typ.Dict.Set(name, httpProp(name, func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) {
			a, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return runtime.Str(map[string]string{"login": a.login, "password": a.password, "encoding": a.encoding}[name]), nil
		}))
	}
	typ.AddMethod("encode", func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		a, err := self(v)
		if err != nil {
			return runtime.Null, err
		}
		if err := runtime.ArgCount("encode", args, kwnames, 0, 0); err != nil {
			return runtime.Null, err
		}
		s, err := a.encode()
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Str(s), nil
	})
}

// installAioContent defines resp.content's reading methods.
func installAioContent() {
	typ := aioStreamReaderType
	self := func(v runtime.Value) (*aioContent, error) { return httpSelf[*aioContent](v, typ) }
	m := func(name string, fn func(t *runtime.Thread, c *aioContent, args []runtime.Value, kwnames []string) (runtime.Value, error)) {
		typ.AddMethod(name, func(t *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			c, err := self(v)
			if err != nil {
				return runtime.Null, err
			}
			return fn(t, c, args, kwnames)
		})
	}
	m("read", func(t *runtime.Thread, c *aioContent, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		n, err := streamIntArg(t, "read", "n", args, kwnames, 0, -1)
		if err != nil {
			return runtime.Null, err
		}
		return aioCoro("read", "StreamReader.read", func(t *runtime.Thread) (runtime.Value, error) { return c.take(n) }), nil
	})
	m("readany", func(t *runtime.Thread, c *aioContent, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return aioCoro("readany", "StreamReader.readany", func(t *runtime.Thread) (runtime.Value, error) { return c.take(-1) }), runtime.ArgCount("readany", args, kwnames, 0, 0)
	})
	m("readline", func(t *runtime.Thread, c *aioContent, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return aioCoro("readline", "StreamReader.readline", func(t *runtime.Thread) (runtime.Value, error) { return c.line() }), runtime.ArgCount("readline", args, kwnames, 0, 0)
	})
	m("readexactly", func(t *runtime.Thread, c *aioContent, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		n, err := streamIntArg(t, "readexactly", "n", args, kwnames, 1, 0)
		if err != nil {
			return runtime.Null, err
		}
		return aioCoro("readexactly", "StreamReader.readexactly", func(t *runtime.Thread) (runtime.Value, error) {
			v, err := c.take(n)
			if err != nil {
				return runtime.Null, err
			}
			if b, _ := runtime.BytesValue(v); len(b) < n {
				return runtime.Null, newIncompleteReadError(b, n)
			}
			return v, nil
		}), nil
	})
	m("at_eof", func(t *runtime.Thread, c *aioContent, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.Bool(c.pos >= len(c.resp.body)), runtime.ArgCount("at_eof", args, kwnames, 0, 0)
	})
	// The iterators consume as they go, so they are computed lazily.
	iter := func(next func() (runtime.Value, error)) runtime.Value {
		return runtime.Obj(&httpAsyncIter{next: func() (runtime.Value, bool, error) {
			v, err := next()
			if err != nil {
				return runtime.Null, false, err
			}
			b, _ := runtime.BytesValue(v)
			return v, len(b) > 0, nil
		}})
	}
	m("iter_chunked", func(t *runtime.Thread, c *aioContent, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		n, err := streamIntArg(t, "iter_chunked", "n", args, kwnames, 1, 0)
		if err != nil {
			return runtime.Null, err
		}
		return iter(func() (runtime.Value, error) { return c.take(max(n, 1)) }), nil
	})
	m("iter_any", func(t *runtime.Thread, c *aioContent, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return iter(func() (runtime.Value, error) { return c.take(-1) }), runtime.ArgCount("iter_any", args, kwnames, 0, 0)
	})
	m("__aiter__", func(t *runtime.Thread, c *aioContent, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return iter(c.line), runtime.ArgCount("__aiter__", args, kwnames, 0, 0)
	})
}
