-- Centre-wide settings that are not part of the centre's identity, by name.
create table setting (
    name          varchar(60)  primary key,
    setting_value varchar(200) not null
);
insert into setting (name, setting_value) values ('register.absence_alert_days', '3');
