;; The street-level scanner's fast path: finds where the counted cells of plain rows lie,
;; 64 bytes at a time. Assembled into plain-rows-wasm.ts by `npm run wasm`; a test checks the two
;; agree.
;;
;; A plain row has no quote and no control byte but its line end (LF or CRLF), which is nearly
;; every row of a data.police.uk file. At anything else (a quote, a tab, a lone CR, a row not
;; yet complete in the buffer) the walk stops before that row, and the scanner reads it byte by
;; byte as it always has, with all its checks and messages. So this never decides anything the
;; byte-by-byte reader would decide differently: it only finds commas and line ends sooner.
(module
  (memory (export "memory") 1)

  ;; Walks plain rows from $pos, a row start, and writes eight i32s for each to $out: the start and
  ;; end of its cells in columns $cm, $cl and $ct (0 and 0 when it has no such column), where the
  ;; next row starts, and its number of columns. Stops before a row that is not plain or not
  ;; complete before $end, before a row starting at or after $limit, or after $max rows; returns
  ;; the rows written. The 63 bytes after $end must be readable (their bits are never used).
  (func (export "walk")
    (param $pos i32) (param $limit i32) (param $end i32) (param $out i32) (param $max i32)
    (param $cm i32) (param $cl i32) (param $ct i32)
    (result i32)
    (local $rows i32) (local $block i32) (local $mask i64) (local $skip i32) (local $q i32) (local $c i32)
    (local $field i32) (local $s i32) (local $e i32) (local $next i32) (local $o i32)
    (local $m0 i32) (local $m1 i32) (local $l0 i32) (local $l1 i32) (local $t0 i32) (local $t1 i32)
    (local $v v128) (local $space v128) (local $comma v128) (local $quote v128)
    (local.set $space (i8x16.splat (i32.const 32)))
    (local.set $comma (i8x16.splat (i32.const 44)))
    (local.set $quote (i8x16.splat (i32.const 34)))
    ;; The first block is loaded by the first seek; flags before $skip are already passed.
    (local.set $block (i32.sub (i32.and (local.get $pos) (i32.const -64)) (i32.const 64)))
    (local.set $skip (local.get $pos))
    (block $exit
      (loop $row
        (br_if $exit (i32.ge_u (local.get $rows) (local.get $max)))
        (br_if $exit (i32.ge_s (local.get $pos) (local.get $limit)))
        (local.set $field (i32.const 0))
        (local.set $s (local.get $pos))
        (local.set $m0 (i32.const 0)) (local.set $m1 (i32.const 0))
        (local.set $l0 (i32.const 0)) (local.set $l1 (i32.const 0))
        (local.set $t0 (i32.const 0)) (local.set $t1 (i32.const 0))
        (loop $cell
          ;; The next flagged byte, $q: a comma, a quote or a byte below 32 (an SSE/NEON compare).
          (block $found
            (loop $seek
              (br_if $found (i32.eqz (i64.eqz (local.get $mask))))
              (local.set $block (i32.add (local.get $block) (i32.const 64)))
              (br_if $exit (i32.ge_u (local.get $block) (local.get $end)))
              (local.set $mask
              (i64.or
                (i64.or
                  (i64.extend_i32_u (i8x16.bitmask (v128.or
                    (i8x16.lt_u (local.tee $v (v128.load offset=0 (local.get $block))) (local.get $space))
                    (v128.or (i8x16.eq (local.get $v) (local.get $comma)) (i8x16.eq (local.get $v) (local.get $quote))))))
                  (i64.shl (i64.extend_i32_u (i8x16.bitmask (v128.or
                    (i8x16.lt_u (local.tee $v (v128.load offset=16 (local.get $block))) (local.get $space))
                    (v128.or (i8x16.eq (local.get $v) (local.get $comma)) (i8x16.eq (local.get $v) (local.get $quote)))))) (i64.const 16)))
                (i64.or
                  (i64.shl (i64.extend_i32_u (i8x16.bitmask (v128.or
                    (i8x16.lt_u (local.tee $v (v128.load offset=32 (local.get $block))) (local.get $space))
                    (v128.or (i8x16.eq (local.get $v) (local.get $comma)) (i8x16.eq (local.get $v) (local.get $quote)))))) (i64.const 32))
                  (i64.shl (i64.extend_i32_u (i8x16.bitmask (v128.or
                    (i8x16.lt_u (local.tee $v (v128.load offset=48 (local.get $block))) (local.get $space))
                    (v128.or (i8x16.eq (local.get $v) (local.get $comma)) (i8x16.eq (local.get $v) (local.get $quote)))))) (i64.const 48)))))
              (br $seek)))
          (local.set $q (i32.add (local.get $block) (i32.wrap_i64 (i64.ctz (local.get $mask)))))
          (local.set $mask (i64.and (local.get $mask) (i64.sub (local.get $mask) (i64.const 1))))
          (br_if $cell (i32.lt_u (local.get $q) (local.get $skip)))
          (br_if $exit (i32.ge_u (local.get $q) (local.get $end)))
          (local.set $c (i32.load8_u (local.get $q)))
          (local.set $e (local.get $q))
          (local.set $next (i32.const 0))
          (if (i32.eq (local.get $c) (i32.const 10))
            (then (local.set $next (i32.add (local.get $q) (i32.const 1)))))
          (if (i32.eq (local.get $c) (i32.const 13))
            (then
              (br_if $exit (i32.ge_u (i32.add (local.get $q) (i32.const 1)) (local.get $end)))
              (br_if $exit (i32.ne (i32.load8_u offset=1 (local.get $q)) (i32.const 10)))
              (local.set $next (i32.add (local.get $q) (i32.const 2)))
              ;; The LF's flag is passed over.
              (local.set $skip (local.get $next))))
          ;; A quote, a tab or another control byte: the byte-by-byte reader takes this row.
          (br_if $exit (i32.and (i32.ne (local.get $c) (i32.const 44)) (i32.eqz (local.get $next))))
          (if (i32.eq (local.get $field) (local.get $cm)) (then (local.set $m0 (local.get $s)) (local.set $m1 (local.get $e))))
          (if (i32.eq (local.get $field) (local.get $cl)) (then (local.set $l0 (local.get $s)) (local.set $l1 (local.get $e))))
          (if (i32.eq (local.get $field) (local.get $ct)) (then (local.set $t0 (local.get $s)) (local.set $t1 (local.get $e))))
          (local.set $field (i32.add (local.get $field) (i32.const 1)))
          (local.set $s (i32.add (local.get $q) (i32.const 1)))
          (br_if $cell (i32.eqz (local.get $next))))
        (local.set $o (i32.add (local.get $out) (i32.shl (local.get $rows) (i32.const 5))))
        (i32.store offset=0 (local.get $o) (local.get $m0))
        (i32.store offset=4 (local.get $o) (local.get $m1))
        (i32.store offset=8 (local.get $o) (local.get $l0))
        (i32.store offset=12 (local.get $o) (local.get $l1))
        (i32.store offset=16 (local.get $o) (local.get $t0))
        (i32.store offset=20 (local.get $o) (local.get $t1))
        (i32.store offset=24 (local.get $o) (local.get $next))
        (i32.store offset=28 (local.get $o) (local.get $field))
        (local.set $rows (i32.add (local.get $rows) (i32.const 1)))
        (local.set $pos (local.get $next))
        (br $row)))
    (local.get $rows))
)
