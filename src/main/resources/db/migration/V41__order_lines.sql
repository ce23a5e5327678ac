-- Orders own their lines (handed over from the accepted quote) and name the quote revision they came
-- from, so the order feature no longer reads quotes. Existing orders get their quote's lines.
alter table orders add column quote_number varchar(20), add column quote_revision integer;
update orders o set quote_number = q.number, quote_revision = q.revision from quotes q where q.id = o.quote_id;
alter table orders alter column quote_number set not null, alter column quote_revision set not null;

create table order_lines (
    order_id            bigint not null references orders (id) on delete cascade,
    position            integer not null,
    configuration_code  varchar(64) not null,
    product_code        varchar(64) not null,
    market              varchar(8) not null,
    list_price          numeric(14, 2) not null,
    discount_percent    numeric(5, 2) not null default 0,
    net_price           numeric(14, 2) not null,
    primary key (order_id, position)
);

insert into order_lines (order_id, position, configuration_code, product_code, market, list_price,
                         discount_percent, net_price)
select o.id, row_number() over (partition by o.id order by l.position) - 1, l.configuration_code, l.product_code,
       l.market, l.list_price, l.discount_percent, l.net_price
from orders o join quote_lines l on l.quote_id = o.quote_id;
