package sink

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
)

// Writer inserts Arrow records into runaround.interactions, one native insert
// per record, appending whole columns. Not safe for concurrent use: give each
// pipeline worker its own Writer (they may share a Client).
type Writer struct {
	client *Client
	insert string

	// Scratch columns, reused across records. clickhouse-go copies what it
	// is given into its own column buffers, so these may be overwritten as
	// soon as Append returns.
	strs       []string
	lists      [][]string
	floatLists [][]float32
	times      []time.Time
	timePtrs   []*time.Time
	u8         []uint8
}

// NewWriter returns a writer using client's connection pool.
func NewWriter(client *Client) *Writer {
	return &Writer{client: client, insert: fmt.Sprintf("INSERT INTO %s.interactions %s", quoteIdent(client.cfg.Database), InsertColumnList())}
}

// Write inserts rec and returns once ClickHouse acknowledged it. An error
// means nothing may be assumed written: retry the whole record (duplicates
// from a partly applied insert are removed by the table).
func (w *Writer) Write(ctx context.Context, rec arrow.RecordBatch) error {
	if !rec.Schema().Equal(Schema) {
		return fmt.Errorf("cannot write record: its schema is not sink.Schema")
	}
	batch, err := w.client.conn.PrepareBatch(ctx, w.insert, driver.WithReleaseConnection())
	if err != nil {
		return fmt.Errorf("cannot start insert into %s.interactions: %w", w.client.cfg.Database, err)
	}
	defer batch.Abort() //nolint:errcheck // no-op after Send
	for i, col := range rec.Columns() {
		if err := w.appendColumn(batch.Column(i), col, Schema.Field(i).Nullable); err != nil {
			return fmt.Errorf("cannot append column %s: %w", InteractionColumns[i].Name, err)
		}
	}
	if err := batch.Send(); err != nil {
		return fmt.Errorf("insert of %d rows into %s.interactions failed: %w", rec.NumRows(), w.client.cfg.Database, err)
	}
	return nil
}

func (w *Writer) appendColumn(dst driver.BatchColumn, col arrow.Array, nullable bool) error {
	switch a := col.(type) {
	case *array.String:
		w.strs = w.strs[:0]
		for j := 0; j < a.Len(); j++ {
			w.strs = append(w.strs, a.Value(j)) // a view into Arrow's buffer: no copy
		}
		return dst.Append(w.strs)
	case *array.Boolean:
		w.u8 = w.u8[:0]
		for j := 0; j < a.Len(); j++ {
			var v uint8
			if a.Value(j) {
				v = 1
			}
			w.u8 = append(w.u8, v)
		}
		return dst.Append(w.u8)
	case *array.Timestamp:
		unit := a.DataType().(*arrow.TimestampType).Unit
		if nullable {
			// A Nullable column takes pointers; nil is NULL. The pointers
			// go into w.times, grown first so they stay valid.
			w.times = slices.Grow(w.times[:0], a.Len())[:a.Len()]
			w.timePtrs = w.timePtrs[:0]
			for j := 0; j < a.Len(); j++ {
				if a.IsNull(j) {
					w.timePtrs = append(w.timePtrs, nil)
					continue
				}
				w.times[j] = a.Value(j).ToTime(unit)
				w.timePtrs = append(w.timePtrs, &w.times[j])
			}
			return dst.Append(w.timePtrs)
		}
		w.times = w.times[:0]
		for _, v := range a.Values() {
			w.times = append(w.times, v.ToTime(unit))
		}
		return dst.Append(w.times)
	case *array.List:
		if f, ok := a.ListValues().(*array.Float32); ok {
			vals := f.Values()
			offsets := a.Offsets()
			w.floatLists = w.floatLists[:0]
			for j := 0; j < a.Len(); j++ {
				w.floatLists = append(w.floatLists, vals[offsets[j]:offsets[j+1]])
			}
			return dst.Append(w.floatLists)
		}
		values, ok := a.ListValues().(*array.String)
		if !ok {
			return fmt.Errorf("list of %s has no ClickHouse mapping", a.ListValues().DataType())
		}
		w.strs = w.strs[:0]
		for j := 0; j < values.Len(); j++ {
			w.strs = append(w.strs, values.Value(j))
		}
		offsets := a.Offsets()
		w.lists = w.lists[:0]
		for j := 0; j < a.Len(); j++ {
			w.lists = append(w.lists, w.strs[offsets[j]:offsets[j+1]])
		}
		return dst.Append(w.lists)
	// Fixed-width columns go across as they are: Values() is Arrow's own buffer.
	case *array.Uint8:
		return dst.Append(a.Values())
	case *array.Uint16:
		return dst.Append(a.Values())
	case *array.Uint32:
		return dst.Append(a.Values())
	case *array.Uint64:
		return dst.Append(a.Values())
	case *array.Int8:
		return dst.Append(a.Values())
	case *array.Int32:
		return dst.Append(a.Values())
	case *array.Int64:
		return dst.Append(a.Values())
	case *array.Float32:
		return dst.Append(a.Values())
	}
	return fmt.Errorf("arrow type %s has no ClickHouse mapping", col.DataType())
}

// Client is a connection pool to ClickHouse plus what it learnt at start.
type Client struct {
	cfg     Config
	conn    driver.Conn
	version *driver.ServerVersion
}

// Dial connects and reads the server version. Config must be valid.
func Dial(ctx context.Context, cfg Config) (*Client, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	conn, err := clickhouse.Open(&clickhouse.Options{
		Addr:        cfg.Addr,
		Auth:        clickhouse.Auth{Username: cfg.Username, Password: cfg.Password},
		DialTimeout: cfg.DialTimeout,
		Compression: &clickhouse.Compression{Method: clickhouse.CompressionLZ4},
	})
	if err != nil {
		return nil, fmt.Errorf("cannot open ClickHouse %v: %w", cfg.Addr, err)
	}
	if err := conn.Ping(ctx); err != nil {
		conn.Close()
		return nil, fmt.Errorf("cannot reach ClickHouse at %v (is it running? `make up` starts a local one): %w", cfg.Addr, err)
	}
	v, err := conn.ServerVersion()
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("cannot read ClickHouse server version: %w", err)
	}
	return &Client{cfg: cfg, conn: conn, version: v}, nil
}

// Conn is the underlying clickhouse-go connection, for queries.
func (c *Client) Conn() driver.Conn { return c.conn }

// Dialect is the DDL family the connected server speaks.
func (c *Client) Dialect() Dialect {
	return DialectFor(c.version.Version.Major, c.version.Version.Minor)
}

// ServerVersion is e.g. "18.16.1".
func (c *Client) ServerVersion() string { return c.version.Version.String() }

// Database is the configured database.
func (c *Client) Database() string { return c.cfg.Database }

// Close closes the pool; safe to call twice.
func (c *Client) Close() error {
	if c == nil || c.conn == nil {
		return nil
	}
	err := c.conn.Close()
	c.conn = nil
	return err
}
